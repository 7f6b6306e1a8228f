// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::journal {

enum class EntryKind {
    Observation = 0,
    Disclosure = 1, // the child's own words (CONTENT.md rule 4)
    HotlineCall = 2,
};

enum class Severity {
    Note = 0,
    Concern = 1,
    Urgent = 2,
};

enum class EntryState {
    Active = 0,
    Deleted = 1, // a tombstone: content kept, hidden from the list
    Erased = 2, // content gone; the chain keeps its hash
};

struct AttachmentRef
{
    QByteArray sha256; // raw 32 bytes
    QString fileName;
    QString mime;
    qint64 size = 0;

    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

// One journal entry as the user wrote it: every revision stores all of it.
struct Entry
{
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

    // The revision content: every field the user can see, so a revision
    // alone says what the entry was at that time.
    [[nodiscard]] QJsonObject toContent() const;
    // The inverse; unknown keys are ignored, missing ones take defaults.
    [[nodiscard]] static Entry fromContent(const QJsonObject &content);
    // Text indexed for full-text search.
    [[nodiscard]] QString searchableText() const;
    // The first words, for the list.
    [[nodiscard]] QString excerpt() const;
};

} // namespace harbor::journal
