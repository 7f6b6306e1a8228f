// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// The values the journal's views read, typed: QML sees their properties and
// qmllint checks the names. Built in C++ only (Qt 6.4 cannot build a gadget
// from a JS object); the views never send them back.

// One file of an entry, with the image:// address its thumbnail loads from.
struct AttachmentItem
{
    Q_GADGET
    QML_VALUE_TYPE(attachmentItem)
    // Entry ids are small row ids: int keeps qmllint's type checks (Qt 6.4
    // knows no qlonglong) as elsewhere in the journal's QML API.
    Q_PROPERTY(int entryId READ entryIdForQml CONSTANT)
    Q_PROPERTY(QString sha256 MEMBER sha256 CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString mime MEMBER mime CONSTANT)
    Q_PROPERTY(qint64 size MEMBER size CONSTANT)
    Q_PROPERTY(bool isImage MEMBER isImage CONSTANT)
    Q_PROPERTY(QString source MEMBER source CONSTANT)

public:
    qint64 entryId = 0;
    QString sha256; // hex
    QString name;
    QString mime;
    qint64 size = 0;
    bool isImage = false;
    QString source;

    [[nodiscard]] int entryIdForQml() const { return static_cast<int>(entryId); }
    [[nodiscard]] static AttachmentItem of(qint64 entryId, const journal::AttachmentRef &ref);
};

// One link of an entry's history, as the detail view lists it.
struct RevisionItem
{
    Q_GADGET
    QML_VALUE_TYPE(revisionItem)
    Q_PROPERTY(int sequence READ sequenceForQml CONSTANT)
    Q_PROPERTY(QString action MEMBER action CONSTANT)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(QString hash MEMBER hash CONSTANT)

public:
    qint64 sequence = 0;
    QString action; // "Saved", "Deleted", "Erased", translated
    QDateTime createdAt;
    QString text; // the excerpt it had then; empty once erased
    QString hash; // hex

    [[nodiscard]] int sequenceForQml() const { return static_cast<int>(sequence); }
    [[nodiscard]] static RevisionItem of(const journal::Revision &revision);
};

// What "Check now" found, in words.
struct VerifyOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(verifyOutcome)
    Q_PROPERTY(bool checked MEMBER checked CONSTANT)
    Q_PROPERTY(bool intact MEMBER intact CONSTANT)
    Q_PROPERTY(int links READ linksForQml CONSTANT)
    Q_PROPERTY(int entryId READ entryIdForQml CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)

public:
    bool checked = false; // false until a check ran (or when the journal is locked)
    bool intact = false;
    qint64 links = 0;
    qint64 entryId = 0; // the first entry affected, 0 when none or unknown
    QString message;

    [[nodiscard]] int linksForQml() const { return static_cast<int>(links); }
    [[nodiscard]] int entryIdForQml() const { return static_cast<int>(entryId); }
    [[nodiscard]] static VerifyOutcome of(const journal::VerifyResult &result);
};

} // namespace harbor::journalui
