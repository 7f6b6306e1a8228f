// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalValues.h"

#include "AttachmentImageProvider.h"
#include "journal/Attachment.h"
#include "journal/EntryText.h"

#include <QCoreApplication>

namespace harbor::journalui {

AttachmentItem AttachmentItem::of(qint64 entryId, const journal::AttachmentRef &ref)
{
    const QString sha = QString::fromLatin1(ref.sha256.toHex());
    return AttachmentItem { entryId, sha, ref.fileName, ref.mime, ref.size, journal::Attachment::isImage(ref.mime),
        AttachmentImageProvider::source(entryId, sha) };
}

RevisionItem RevisionItem::of(const journal::Revision &revision)
{
    QString action;
    switch (revision.kind) {
    case journal::ChainLink::Kind::Tombstone:
        action = journal::EntryText::state(journal::EntryState::Deleted);
        break;
    case journal::ChainLink::Kind::Erasure:
        action = journal::EntryText::state(journal::EntryState::Erased);
        break;
    case journal::ChainLink::Kind::Revision:
        //: A saved version in an entry's history.
        action = QCoreApplication::translate("harbor::journalui::RevisionItem", "Saved");
        break;
    }
    return RevisionItem { revision.sequence, action, QDateTime::fromMSecsSinceEpoch(revision.createdAtMs),
        revision.content ? revision.content->excerpt() : QString(), QString::fromLatin1(revision.hash.toHex()) };
}

VerifyOutcome VerifyOutcome::of(const journal::VerifyResult &result)
{
    VerifyOutcome outcome;
    outcome.checked = result.error.ok();
    outcome.intact = result.intact();
    outcome.links = result.linksChecked;
    outcome.entryId = result.brokenEntryId;
    if (!result.error.ok()) {
        outcome.message = result.error.message();
    } else if (result.intact()) {
        // The verify sentences keep the context they were translated under
        // (JournalController's), each written out in full so lupdate sees it.
        outcome.message = QCoreApplication::translate("harbor::journalui::JournalController",
            "The journal is intact: %n change(s) checked, none altered.", nullptr,
            static_cast<int>(result.linksChecked));
    } else if (result.brokenEntryId > 0) {
        outcome.message = QCoreApplication::translate("harbor::journalui::JournalController",
            "The journal was changed outside Harbor. The first entry affected is number %1.")
                              .arg(result.brokenEntryId);
    } else {
        outcome.message = QCoreApplication::translate(
            "harbor::journalui::JournalController", "The journal was changed outside Harbor.");
    }
    return outcome;
}

} // namespace harbor::journalui
