// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalController.h"

#include "AttachmentImageProvider.h"
#include "LanguageWatcher.h"
#include "journal/Attachment.h"
#include "journal/JournalVerifier.h"
#include "safety/Clock.h"
#include "vault/PrivateSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>

namespace harbor::journalui {

using journal::Entry;
using journal::JournalError;

namespace {

JournalController *s_instance = nullptr;
const QString kImageRuleKey = QStringLiteral("journal.image-rule-acknowledged");

QString text(const QVariantMap &fields, const char *name)
{
    return fields.value(QString::fromLatin1(name)).toString();
}

// A JS Date, a local "YYYY-MM-DD HH:MM" text, or milliseconds; 0 if none.
qint64 millis(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QDateTime parsed = QDateTime::fromString(value.toString().trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
        return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
    }
    if (value.canConvert<QDateTime>() && value.toDateTime().isValid()) {
        return value.toDateTime().toMSecsSinceEpoch();
    }
    return value.toLongLong();
}

} // namespace

JournalController::JournalController(vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_categories(journal::CategoryCatalog::builtIn())
    , m_clipboardGuard(
          qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr)
{
    connect(&m_vault, &vault::Vault::stateChanged, this, &JournalController::vaultStateChanged);
    connect(&m_vault, &vault::Vault::aboutToLock, this, &JournalController::aboutToLock);
    connect(this, &JournalController::languageChanged, this, [this] {
        m_categories = m_categorySource ? m_categorySource() : journal::CategoryCatalog::builtIn();
        m_entries.reload();
        m_timeline.reload();
    });
    // Category titles follow the language.
    connect(new ui::LanguageWatcher(this), &ui::LanguageWatcher::changed, this, &JournalController::languageChanged);
    vaultStateChanged();
}

JournalController::~JournalController()
{
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

void JournalController::setCategorySource(std::function<journal::CategoryCatalog()> source)
{
    m_categorySource = std::move(source);
    Q_EMIT languageChanged();
}

void JournalController::provide(JournalController *instance)
{
    s_instance = instance;
}

JournalController *JournalController::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    if (!s_instance) {
        qFatal("JournalController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    // Attachments are shown straight from the encrypted database: no file.
    if (qmlEngine && !qmlEngine->imageProvider(AttachmentImageProvider::kId)) {
        qmlEngine->addImageProvider(AttachmentImageProvider::kId, new AttachmentImageProvider(s_instance));
    }
    return s_instance;
}

void JournalController::vaultStateChanged()
{
    vault::Database *db = m_vault.state() == vault::Vault::State::Unlocked ? m_vault.database() : nullptr;
    const bool wasReady = isReady();
    if (db && m_store && db == m_database) {
        return;
    }
    if (db) {
        m_database = db;
        // A new connection (an unlock while open) gets new stores.
        m_entries.setSource(nullptr, nullptr);
        m_timeline.setSource(nullptr);
        m_store = std::make_unique<journal::JournalStore>(*db, m_clock);
        m_childStore = std::make_unique<journal::ChildStore>(*db, m_clock);
        m_query = std::make_unique<journal::JournalQuery>(*db);
        m_children.setChildren(m_childStore->children());
    } else {
        // Lock: every model forgets its rows before the database closes.
        m_entries.setSource(nullptr, nullptr);
        m_timeline.setSource(nullptr);
        m_children.setChildren({});
        m_query.reset();
        m_childStore.reset();
        m_store.reset();
        m_database = nullptr;
        m_lastError = {};
    }
    m_entries.setSource(m_query.get(), &m_categories);
    m_timeline.setSource(m_query.get());
    // Text copied from the open journal leaves the clipboard after 30 s,
    // and at once on lock.
    m_clipboardGuard.setActive(isReady());
    if (wasReady != isReady()) {
        Q_EMIT readyChanged();
        Q_EMIT platformsChanged();
        Q_EMIT imageRuleAcknowledgedChanged();
        Q_EMIT lastErrorChanged();
    }
}

bool JournalController::report(const JournalError &error)
{
    m_lastError = error;
    Q_EMIT lastErrorChanged();
    return error.ok();
}

void JournalController::clearError()
{
    report({});
}

void JournalController::changed()
{
    ++m_revision;
    m_entries.reload();
    m_timeline.reload();
    Q_EMIT platformsChanged();
    Q_EMIT journalChanged();
}

QStringList JournalController::categoryIds() const
{
    QStringList result;
    for (const journal::Category &category : m_categories.categories()) {
        result.append(category.id);
    }
    return result;
}

QStringList JournalController::categoryTitles() const
{
    QStringList result;
    for (const journal::Category &category : m_categories.categories()) {
        result.append(category.title);
    }
    return result;
}

QString JournalController::categoryTitle(const QString &id) const
{
    return m_categories.title(id);
}

QStringList JournalController::platforms() const
{
    QStringList result;
    for (const journal::Child &child : m_children.children()) {
        for (const journal::ChildPlatform &platform : child.platforms) {
            result.append(platform.platform);
        }
    }
    if (m_query) {
        result.append(m_query->platforms());
    }
    result.removeDuplicates();
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool JournalController::imageRuleAcknowledged() const
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    return db && vault::PrivateSettings(*db).value(kImageRuleKey) == "1";
}

void JournalController::acknowledgeImageRule()
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    if (!db) {
        report({ JournalError::Code::Locked, {} });
        return;
    }
    if (report(JournalError::fromDatabase(vault::PrivateSettings(*db).setValue(kImageRuleKey, "1")))) {
        Q_EMIT imageRuleAcknowledgedChanged();
    }
}

qint64 JournalController::quickAdd(const QString &note, qint64 childId)
{
    QVariantMap fields { { QStringLiteral("text"), note }, { QStringLiteral("childId"), childId },
        { QStringLiteral("draft"), true } };
    return saveEntry(fields);
}

QVariantMap JournalController::entry(qint64 entryId)
{
    if (!m_store) {
        return {};
    }
    JournalError error;
    const auto found = m_store->entry(entryId, &error);
    if (!found) {
        report(error);
        return {};
    }
    const Entry &e = *found;
    QVariantList attachments;
    for (const journal::AttachmentRef &ref : e.attachments) {
        const QString sha = QString::fromLatin1(ref.sha256.toHex());
        attachments.append(QVariantMap {
            { QStringLiteral("entryId"), entryId },
            { QStringLiteral("sha256"), sha },
            { QStringLiteral("name"), ref.fileName },
            { QStringLiteral("mime"), ref.mime },
            { QStringLiteral("size"), ref.size },
            { QStringLiteral("isImage"), journal::Attachment::isImage(ref.mime) },
            { QStringLiteral("source"), AttachmentImageProvider::source(entryId, sha) },
        });
    }
    return QVariantMap {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("kind"), static_cast<int>(e.kind) },
        { QStringLiteral("childId"), e.childId },
        { QStringLiteral("childName"), m_children.nickname(e.childId) },
        { QStringLiteral("occurredAt"), QDateTime::fromMSecsSinceEpoch(e.occurredAtMs) },
        { QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(e.createdAtMs) },
        { QStringLiteral("updatedAt"), QDateTime::fromMSecsSinceEpoch(e.updatedAtMs) },
        { QStringLiteral("platform"), e.platform },
        { QStringLiteral("account"), e.account },
        { QStringLiteral("text"), e.text },
        { QStringLiteral("category"), e.category },
        { QStringLiteral("categoryTitle"), m_categories.title(e.category) },
        { QStringLiteral("severity"), static_cast<int>(e.severity) },
        { QStringLiteral("actions"), e.actions },
        { QStringLiteral("witnesses"), e.witnesses },
        { QStringLiteral("place"), e.place },
        { QStringLiteral("tags"), e.tags.join(QStringLiteral(", ")) },
        { QStringLiteral("childWords"), e.childWords },
        { QStringLiteral("present"), e.present },
        { QStringLiteral("answeredBy"), e.answeredBy },
        { QStringLiteral("reference"), e.reference },
        { QStringLiteral("said"), e.said },
        { QStringLiteral("nextSteps"), e.nextSteps },
        { QStringLiteral("draft"), e.draft },
        { QStringLiteral("state"), static_cast<int>(e.state) },
        { QStringLiteral("attachments"), attachments },
    };
}

qint64 JournalController::saveEntry(const QVariantMap &fields)
{
    if (!m_store) {
        report({ JournalError::Code::Locked, {} });
        return 0;
    }
    Entry e;
    e.id = fields.value(QStringLiteral("id")).toLongLong();
    e.kind = static_cast<journal::EntryKind>(std::clamp(fields.value(QStringLiteral("kind")).toInt(), 0, 2));
    e.childId = fields.value(QStringLiteral("childId")).toLongLong();
    const QVariant occurred = fields.value(QStringLiteral("occurredAt"));
    e.occurredAtMs = occurred.isValid() ? millis(occurred) : m_clock.nowMs();
    e.platform = text(fields, "platform").trimmed();
    e.account = text(fields, "account").trimmed();
    e.text = text(fields, "text");
    e.category = text(fields, "category");
    e.severity = static_cast<journal::Severity>(std::clamp(fields.value(QStringLiteral("severity")).toInt(), 0, 2));
    e.actions = text(fields, "actions");
    e.witnesses = text(fields, "witnesses");
    e.place = text(fields, "place");
    for (const QString &tag : text(fields, "tags").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty()) {
            e.tags.append(tag.trimmed());
        }
    }
    e.childWords = text(fields, "childWords");
    e.present = text(fields, "present");
    e.answeredBy = text(fields, "answeredBy");
    e.reference = text(fields, "reference");
    e.said = text(fields, "said");
    e.nextSteps = text(fields, "nextSteps");
    e.draft = fields.value(QStringLiteral("draft")).toBool();
    if (!report(m_store->save(e))) {
        return 0;
    }
    changed();
    return e.id;
}

bool JournalController::deleteEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->remove(entryId))) {
        return false;
    }
    changed();
    return true;
}

bool JournalController::restoreEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->restore(entryId))) {
        return false;
    }
    changed();
    return true;
}

bool JournalController::eraseEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->erase(entryId))) {
        return false;
    }
    changed();
    return true;
}

QVariantList JournalController::revisions(qint64 entryId)
{
    QVariantList result;
    if (!m_store) {
        return result;
    }
    for (const journal::Revision &revision : m_store->revisions(entryId)) {
        result.append(QVariantMap {
            { QStringLiteral("sequence"), revision.sequence },
            { QStringLiteral("kind"), static_cast<int>(revision.kind) },
            { QStringLiteral("createdAt"), QDateTime::fromMSecsSinceEpoch(revision.createdAtMs) },
            { QStringLiteral("text"), revision.content ? revision.content->excerpt() : QString() },
            { QStringLiteral("hash"), QString::fromLatin1(revision.hash.toHex()) },
        });
    }
    return result;
}

bool JournalController::addAttachment(qint64 entryId, const QUrl &file)
{
    if (!m_store) {
        return report({ JournalError::Code::Locked, {} });
    }
    if (!imageRuleAcknowledged()) {
        return report({ JournalError::Code::InvalidValue, QStringLiteral("imageRule") });
    }
    const QString path = file.toLocalFile();
    const QFileInfo info(path);
    // Refuse a huge file before reading a byte of it.
    if (info.size() > journal::Attachment::kMaxBytes) {
        return report({ JournalError::Code::AttachmentTooLarge, {} });
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return report({ JournalError::Code::UnsupportedAttachment, {} });
    }
    const QByteArray bytes = input.read(journal::Attachment::kMaxBytes + 1);
    if (!report(m_store->addAttachment(entryId, info.fileName(), bytes))) {
        return false;
    }
    changed();
    return true;
}

qint64 JournalController::saveChild(const QVariantMap &fields)
{
    if (!m_childStore) {
        report({ JournalError::Code::Locked, {} });
        return 0;
    }
    journal::Child child;
    child.id = fields.value(QStringLiteral("childId")).toLongLong();
    child.nickname = text(fields, "nickname");
    child.birthYear = fields.value(QStringLiteral("birthYear")).toInt();
    for (const QVariant &value : fields.value(QStringLiteral("platforms")).toList()) {
        const QVariantMap platform = value.toMap();
        const QString name = platform.value(QStringLiteral("platform")).toString().trimmed();
        if (!name.isEmpty()) {
            child.platforms.append({ name, platform.value(QStringLiteral("handle")).toString() });
        }
    }
    if (!report(m_childStore->save(child))) {
        return 0;
    }
    m_children.setChildren(m_childStore->children());
    changed();
    return child.id;
}

bool JournalController::removeChild(qint64 childId)
{
    if (!m_childStore || !report(m_childStore->remove(childId))) {
        return false;
    }
    if (m_entries.childId() == childId) {
        m_entries.setChildId(0);
    }
    if (m_timeline.childId() == childId) {
        m_timeline.setChildId(0);
    }
    m_children.setChildren(m_childStore->children());
    changed();
    return true;
}

QVariantMap JournalController::verify()
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    if (!db) {
        report({ JournalError::Code::Locked, {} });
        return {};
    }
    const journal::VerifyResult result = journal::JournalVerifier::verify(*db);
    QString message;
    if (!result.error.ok()) {
        message = result.error.message();
    } else if (result.intact()) {
        message = tr("The journal is intact: %n change(s) checked, none altered.", nullptr,
            static_cast<int>(result.linksChecked));
    } else if (result.brokenEntryId > 0) {
        message = tr("The journal was changed outside Harbor. The first entry affected is number %1.")
                      .arg(result.brokenEntryId);
    } else {
        message = tr("The journal was changed outside Harbor.");
    }
    return QVariantMap {
        { QStringLiteral("intact"), result.intact() },
        { QStringLiteral("links"), result.linksChecked },
        { QStringLiteral("entryId"), result.brokenEntryId },
        { QStringLiteral("message"), message },
    };
}

int JournalController::attachmentPageCount(qint64 entryId, const QString &sha256Hex) const
{
    return AttachmentImageProvider::pageCount(
        sha256Hex, attachmentData(entryId, QByteArray::fromHex(sha256Hex.toLatin1())));
}

QByteArray JournalController::attachmentData(qint64 entryId, const QByteArray &sha256) const
{
    return m_store ? m_store->attachmentData(entryId, sha256) : QByteArray();
}

} // namespace harbor::journalui
