// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/ChildStore.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "safety/Clock.h"
#include "vault/Database.h"
#include "vault/Migrations.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QTemporaryDir>

#include <memory>

namespace harbor::test {

// A real journal: a keyed SQLCipher file in a temporary directory with the
// vault's schema, a clock the test moves, and the stores on top.
struct JournalFixture
{
    QTemporaryDir dir;
    safety::ManualClock clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0)).toMSecsSinceEpoch() };
    std::unique_ptr<vault::Database> db;
    std::unique_ptr<journal::JournalStore> store;
    std::unique_ptr<journal::ChildStore> children;
    std::unique_ptr<journal::JournalQuery> query;

    JournalFixture()
    {
        vault::Database::Options options;
        options.create = true;
        db = vault::Database::open(
            dir.filePath(QStringLiteral("journal.db")), vault::SecureBuffer::random(32), options, nullptr);
        if (db && vault::Migrations::apply(*db) == vault::Database::Error::None) {
            store = std::make_unique<journal::JournalStore>(*db, clock);
            children = std::make_unique<journal::ChildStore>(*db, clock);
            query = std::make_unique<journal::JournalQuery>(*db);
        }
    }

    static journal::JournalFilter textFilter(const QString &text)
    {
        journal::JournalFilter filter;
        filter.text = text;
        return filter;
    }

    [[nodiscard]] bool ready() const { return store != nullptr; }

    journal::Entry observation(const QString &text, qint64 hoursAgo = 1)
    {
        journal::Entry entry;
        entry.text = text;
        entry.occurredAtMs = clock.nowMs() - hoursAgo * 3600 * 1000;
        return entry;
    }

    // Saves and returns the id (0 on failure).
    qint64 add(journal::Entry entry) { return store->save(entry).ok() ? entry.id : 0; }

    qint64 scalar(const char *sql)
    {
        vault::Database::Statement statement = db->prepare(sql);
        return statement.step() ? statement.columnInt(0) : -1;
    }

    static QByteArray png(int width = 64, int height = 48, QColor color = Qt::darkCyan)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
};

} // namespace harbor::test
