// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/Entry.h"

#include <QJsonArray>
#include <QMetaProperty>

namespace harbor::journal {

namespace {

constexpr qsizetype kExcerptChars = 160;

const char *kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Disclosure:
        return "disclosure";
    case EntryKind::HotlineCall:
        return "hotline_call";
    case EntryKind::Observation:
        break;
    }
    return "observation";
}

EntryKind kindFromName(const QString &name)
{
    if (name == QLatin1String("disclosure")) {
        return EntryKind::Disclosure;
    }
    if (name == QLatin1String("hotline_call")) {
        return EntryKind::HotlineCall;
    }
    return EntryKind::Observation;
}

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Concern:
        return "concern";
    case Severity::Urgent:
        return "urgent";
    case Severity::Note:
        break;
    }
    return "note";
}

Severity severityFromName(const QString &name)
{
    if (name == QLatin1String("concern")) {
        return Severity::Concern;
    }
    if (name == QLatin1String("urgent")) {
        return Severity::Urgent;
    }
    return Severity::Note;
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QJsonObject Entry::toContent() const
{
    QJsonArray attachmentArray;
    for (const AttachmentRef &ref : attachments) {
        attachmentArray.append(QJsonObject {
            { key("sha256"), QString::fromLatin1(ref.sha256.toHex()) },
            { key("name"), ref.fileName },
            { key("mime"), ref.mime },
            { key("size"), ref.size },
        });
    }
    return QJsonObject {
        { key("kind"), key(kindName(kind)) },
        { key("child"), childId },
        { key("occurredAt"), occurredAtMs },
        { key("platform"), platform },
        { key("account"), account },
        { key("text"), text },
        { key("category"), category },
        { key("severity"), key(severityName(severity)) },
        { key("actions"), actions },
        { key("witnesses"), witnesses },
        { key("place"), place },
        { key("tags"), QJsonArray::fromStringList(tags) },
        { key("childWords"), childWords },
        { key("present"), present },
        { key("answeredBy"), answeredBy },
        { key("reference"), reference },
        { key("said"), said },
        { key("nextSteps"), nextSteps },
        { key("attachments"), attachmentArray },
        { key("draft"), draft },
    };
}

Entry Entry::fromContent(const QJsonObject &content)
{
    Entry entry;
    entry.kind = kindFromName(content.value(key("kind")).toString());
    entry.childId = content.value(key("child")).toInteger();
    entry.occurredAtMs = content.value(key("occurredAt")).toInteger();
    entry.platform = content.value(key("platform")).toString();
    entry.account = content.value(key("account")).toString();
    entry.text = content.value(key("text")).toString();
    entry.category = content.value(key("category")).toString();
    entry.severity = severityFromName(content.value(key("severity")).toString());
    entry.actions = content.value(key("actions")).toString();
    entry.witnesses = content.value(key("witnesses")).toString();
    entry.place = content.value(key("place")).toString();
    for (const auto &tag : content.value(key("tags")).toArray()) {
        entry.tags.append(tag.toString());
    }
    entry.childWords = content.value(key("childWords")).toString();
    entry.present = content.value(key("present")).toString();
    entry.answeredBy = content.value(key("answeredBy")).toString();
    entry.reference = content.value(key("reference")).toString();
    entry.said = content.value(key("said")).toString();
    entry.nextSteps = content.value(key("nextSteps")).toString();
    for (const auto &value : content.value(key("attachments")).toArray()) {
        const QJsonObject object = value.toObject();
        entry.attachments.append(AttachmentRef {
            QByteArray::fromHex(object.value(key("sha256")).toString().toLatin1()),
            object.value(key("name")).toString(),
            object.value(key("mime")).toString(),
            object.value(key("size")).toInteger(),
        });
    }
    entry.draft = content.value(key("draft")).toBool();
    return entry;
}

Entry Entry::started(EntryKind kind, qint64 nowMs)
{
    Entry entry;
    entry.kind = kind;
    entry.occurredAtMs = nowMs;
    entry.severity = kind == EntryKind::HotlineCall ? Severity::Note : Severity::Concern;
    return entry;
}

Entry Entry::tidied() const
{
    Entry entry = *this;
    entry.platform = platform.trimmed();
    entry.account = account.trimmed();
    entry.tags.clear();
    for (const QString &tag : tags) {
        if (!tag.trimmed().isEmpty()) {
            entry.tags.append(tag.trimmed());
        }
    }
    return entry;
}

bool Entry::assign(const QVariantMap &fields, QString *refused)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QMetaProperty property
            = staticMetaObject.property(staticMetaObject.indexOfProperty(it.key().toUtf8().constData()));
        if (!property.isValid() || !property.isWritable() || !property.writeOnGadget(this, it.value())) {
            *refused = it.key();
            return false;
        }
    }
    return true;
}

QString Entry::searchableText() const
{
    QStringList parts { platform, account, text, actions, witnesses, place, tags.join(QLatin1Char(' ')), childWords,
        present, answeredBy, reference, said, nextSteps };
    for (const AttachmentRef &ref : attachments) {
        parts.append(ref.fileName);
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

QString Entry::excerpt() const
{
    QString source = text;
    if (source.isEmpty()) {
        source = kind == EntryKind::Disclosure ? childWords : said;
    }
    if (source.isEmpty()) {
        source = nextSteps.isEmpty() ? reference : nextSteps;
    }
    source = source.simplified();
    if (source.size() > kExcerptChars) {
        source = source.left(kExcerptChars - 1) + QChar(0x2026);
    }
    return source;
}

} // namespace harbor::journal
