// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/ChecklistStore.h"
#include "content/Content.h"
#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "report/BackupTables.h"
#include "safety/Clock.h"
#include "vault/KeyVault.h"
#include "vault/Migrations.h"
#include "vault/PrivateSettings.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

namespace harbor::test {

// A real vault (header and SQLCipher file) in a temporary data folder,
// filled with children, entries of every kind, edits, a deletion, an
// erasure, attachments (one larger than a backup chunk), checklist
// progress and a private setting.
struct VaultWithJournal
{
    QTemporaryDir dir;
    safety::ManualClock clock;
    std::unique_ptr<vault::KeyVault> keys;
    std::unique_ptr<vault::Database> db;

    static vault::SecureBuffer passphrase()
    {
        return vault::SecureBuffer::fromUtf8(QStringLiteral("harbour lights at dawn"));
    }

    bool create()
    {
        keys = std::make_unique<vault::KeyVault>(dir.path(), clock);
        std::optional<vault::RecoveryKey> recovery;
        vault::KeyVault::Unlocked unlocked;
        if (keys->create(passphrase(), vault::KdfParams::floor(), &recovery, &unlocked)
            != vault::KeyVault::Error::None) {
            return false;
        }
        db = std::move(unlocked.database);
        return vault::Migrations::apply(*db) == vault::Database::Error::None;
    }

    bool open()
    {
        keys = std::make_unique<vault::KeyVault>(dir.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        if (keys->unlock(passphrase(), &unlocked) != vault::KeyVault::Error::None) {
            return false;
        }
        db = std::move(unlocked.database);
        return true;
    }

    void close() { db.reset(); }

    bool fill(int entries, const QString &marker)
    {
        journal::ChildStore children(*db, clock);
        journal::JournalStore store(*db, clock);
        journal::Child ana { 0, QStringLiteral("Ana"), 2012, {} };
        if (!children.save(ana).ok()) {
            return false;
        }
        for (int i = 0; i < entries; ++i) {
            clock.advance(60'000);
            journal::Entry entry;
            entry.kind = static_cast<journal::EntryKind>(i % 3);
            entry.childId = ana.id;
            entry.occurredAtMs = clock.nowMs() - 3'600'000;
            entry.platform = QStringLiteral("Discord");
            entry.text = QStringLiteral("%1 entry %2 with ümlauts").arg(marker).arg(i);
            entry.childWords = entry.text;
            entry.answeredBy = QStringLiteral("Intake");
            if (!store.save(entry).ok()) {
                return false;
            }
            if (i % 5 == 0) {
                entry.actions = QStringLiteral("Blocked the account");
                if (!store.save(entry).ok()) {
                    return false;
                }
            }
            if (i == 3 && !store.remove(entry.id).ok()) {
                return false;
            }
            if (i == 4 && !store.erase(entry.id).ok()) {
                return false;
            }
            if (i == 1 || i == 2) {
                // Noise does not compress: the larger picture spans several chunks.
                QImage image(i == 1 ? 320 : 16, i == 1 ? 240 : 16, QImage::Format_RGB32);
                QRandomGenerator noise(42);
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        image.setPixel(x, y, noise.generate());
                    }
                }
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG");
                if (!store.addAttachment(entry.id, QStringLiteral("screenshot-%1.png").arg(i), png).ok()) {
                    return false;
                }
            }
        }
        content::PlatformGuide guide;
        guide.id = QStringLiteral("discord");
        guide.revision = QStringLiteral("r1");
        guide.steps.append(content::GuideStep { QStringLiteral("dms"), {}, {}, {}, {} });
        content::ChecklistStore checklists(*db);
        vault::PrivateSettings settings(*db);
        return checklists.setDone(ana.id, guide, QStringLiteral("dms"), true, clock.nowMs())
            && settings.setValue(QStringLiteral("report/prepared_by"), QByteArrayLiteral("A. Guardian"))
            == vault::Database::Error::None;
    }

    // Every row of every table a backup holds, in a comparable form.
    QStringList dump() const
    {
        QStringList rows;
        for (const report::BackupTable &table : report::kBackupTables) {
            vault::Database::Statement select = db->prepare(table.select);
            while (select.step()) {
                QStringList values;
                for (int c = 0; c < table.columns; ++c) {
                    values << QString::fromLatin1(QByteArray::number(static_cast<int>(select.columnType(c))))
                            + QLatin1Char('=')
                            + QString::fromLatin1(
                                QCryptographicHash::hash(select.columnBlob(c), QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(16));
                }
                rows << QString::fromLatin1(table.name) + QLatin1Char(':') + values.join(QLatin1Char(','));
            }
        }
        return rows;
    }

    // Every file in the data folder with its hash: "unchanged byte for byte".
    QMap<QString, QByteArray> files() const
    {
        QMap<QString, QByteArray> result;
        QDirIterator it(
            dir.path(), QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            result.insert(it.filePath().mid(dir.path().size()),
                file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                               : QByteArrayLiteral("dir"));
        }
        return result;
    }
};

} // namespace harbor::test
