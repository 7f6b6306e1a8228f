// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace harbor::journal {

// Each enum sits in a namespace of its own so that it has its own meta-object:
// QML registers each under its own name (EntryKind.Observation, not one
// namespace holding all three). The using-declarations keep the C++ names.
// The values are stored in the database: never renumber them.
namespace EntryKindNs {
Q_NAMESPACE
enum class EntryKind {
    Observation = 0,
    Disclosure = 1, // the child's own words (CONTENT.md rule 4)
    HotlineCall = 2,
};
Q_ENUM_NS(EntryKind)
} // namespace EntryKindNs
using EntryKindNs::EntryKind;

namespace SeverityNs {
Q_NAMESPACE
enum class Severity {
    Note = 0,
    Concern = 1,
    Urgent = 2,
};
Q_ENUM_NS(Severity)
} // namespace SeverityNs
using SeverityNs::Severity;

namespace EntryStateNs {
Q_NAMESPACE
enum class EntryState {
    Active = 0,
    Deleted = 1, // a tombstone: content kept, hidden from the list
    Erased = 2, // content gone; the chain keeps its hash
};
Q_ENUM_NS(EntryState)
} // namespace EntryStateNs
using EntryStateNs::EntryState;

struct AttachmentRef
{
    Q_GADGET
    Q_PROPERTY(QString fileName MEMBER fileName)
    Q_PROPERTY(QString mime MEMBER mime)
    Q_PROPERTY(qint64 size MEMBER size)

public:
    QByteArray sha256; // raw 32 bytes
    QString fileName;
    QString mime;
    qint64 size = 0;

    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

// One journal entry as the user wrote it: every revision stores all of it.
// A value type QML reads and (through the editor) writes field by field: the
// properties are the members, so a new field is one member, one property
// and its JSON key below.
struct Entry
{
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(harbor::journal::EntryKindNs::EntryKind kind MEMBER kind)
    Q_PROPERTY(qint64 childId MEMBER childId)
    Q_PROPERTY(qint64 occurredAtMs MEMBER occurredAtMs)
    Q_PROPERTY(QDateTime occurredAt READ occurredAt)
    Q_PROPERTY(QDateTime createdAt READ createdAt)
    Q_PROPERTY(QDateTime updatedAt READ updatedAt)
    Q_PROPERTY(QString platform MEMBER platform)
    Q_PROPERTY(QString account MEMBER account)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString category MEMBER category)
    Q_PROPERTY(harbor::journal::SeverityNs::Severity severity MEMBER severity)
    Q_PROPERTY(QString actions MEMBER actions)
    Q_PROPERTY(QString witnesses MEMBER witnesses)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QStringList tags MEMBER tags)
    Q_PROPERTY(QString childWords MEMBER childWords)
    Q_PROPERTY(QString present MEMBER present)
    Q_PROPERTY(QString answeredBy MEMBER answeredBy)
    Q_PROPERTY(QString reference MEMBER reference)
    Q_PROPERTY(QString said MEMBER said)
    Q_PROPERTY(QString nextSteps MEMBER nextSteps)
    Q_PROPERTY(bool draft MEMBER draft)
    Q_PROPERTY(harbor::journal::EntryStateNs::EntryState state MEMBER state)
    Q_PROPERTY(int attachmentCount READ attachmentCount)

public:
    qint64 id = 0; // 0 until saved
    EntryKind kind = EntryKind::Observation;
    qint64 childId = 0; // 0: no child chosen yet
    qint64 occurredAtMs = 0; // when it happened (UTC); may be back-dated
    qint64 createdAtMs = 0; // when it was first written down (from the store)
    qint64 updatedAtMs = 0; // time of the newest revision (from the store)
    QString platform;
    QString account; // account or username involved
    QString text; // what happened
    QString category; // an id from the category catalog
    Severity severity = Severity::Note;
    QString actions; // what I did
    QString witnesses;
    QString place;
    QStringList tags;
    // Disclosure
    QString childWords;
    QString present; // who was present
    // Hotline call
    QString answeredBy;
    QString reference;
    QString said;
    QString nextSteps;
    QList<AttachmentRef> attachments;
    bool draft = false; // a quick note to complete later
    EntryState state = EntryState::Active;

    [[nodiscard]] QDateTime occurredAt() const { return QDateTime::fromMSecsSinceEpoch(occurredAtMs); }
    [[nodiscard]] QDateTime createdAt() const { return QDateTime::fromMSecsSinceEpoch(createdAtMs); }
    [[nodiscard]] QDateTime updatedAt() const { return QDateTime::fromMSecsSinceEpoch(updatedAtMs); }
    [[nodiscard]] int attachmentCount() const { return static_cast<int>(attachments.size()); }

    friend bool operator==(const Entry &, const Entry &) = default;

    // The revision content: every field the user can see, so a revision
    // alone says what the entry was at that time.
    [[nodiscard]] QJsonObject toContent() const;
    // The inverse; unknown keys are ignored, missing ones take defaults.
    [[nodiscard]] static Entry fromContent(const QJsonObject &content);
    // A new entry of this kind happening now, with the kind's severity: a
    // hotline call records what was said, so it is a note, not a concern.
    [[nodiscard]] static Entry started(EntryKind kind, qint64 nowMs);
    // As saved: platform and account trimmed, blank tags dropped.
    [[nodiscard]] Entry tidied() const;
    // Sets the properties named in `fields` (a script's object); false,
    // naming the key, for a key that is no writable property or a value of
    // the wrong type. The property names are the only field names needed.
    [[nodiscard]] bool assign(const QVariantMap &fields, QString *refused);
    // Text indexed for full-text search.
    [[nodiscard]] QString searchableText() const;
    // The first words, for the list.
    [[nodiscard]] QString excerpt() const;
};

} // namespace harbor::journal
