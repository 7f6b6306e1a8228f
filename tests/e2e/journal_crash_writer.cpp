// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_journalcrash: writes journal entries for ever, and reports
// each one on stdout only after the store said it was saved (after COMMIT).
// The test kills this process with SIGKILL at random moments and then checks
// that everything reported is still there.
//
//   journal_crash_writer <dir> <64 hex digits of the data key>
//
// Output, one line per completed write, flushed at once:
//   saved <id> <n>            a new observation whose text contains "#<n>"
//   attached <id> <sha256>    an attachment (hex SHA-256) added to entry <id>
//   edited <id> <n>           entry <id> now has a revision containing "edit #<n>"
#include "journal/JournalStore.h"
#include "safety/Clock.h"
#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/SecureBuffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>

#include <cstdio>

using namespace harbor;

namespace {

constexpr int kAttachEvery = 4;

void report(const QByteArray &line)
{
    // One write of a short line to a pipe is atomic; flushed before the next
    // write begins, so a kill can only lose lines that were never acknowledged.
    const QByteArray withNewline = line + '\n';
    std::fwrite(withNewline.constData(), 1, static_cast<size_t>(withNewline.size()), stdout);
    std::fflush(stdout);
}

int fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "journal_crash_writer: %s %s\n", what, qPrintable(detail));
    return 1;
}

// A small PNG or PDF, different for every n (so every SHA-256 differs).
QByteArray attachmentBytes(int n, QString *fileName)
{
    if (n % (2 * kAttachEvery) == 0) {
        *fileName = QStringLiteral("notes-%1.pdf").arg(n);
        return "%PDF-1.4\n% crash writer " + QByteArray::number(n) + "\n%%EOF\n";
    }
    QImage image(48, 32, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((n * 37) % 360, 200, 220));
    for (int x = 0; x < image.width(); ++x) {
        image.setPixel(x, (n + x) % image.height(), qRgb(n & 0xff, (n >> 8) & 0xff, x));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    *fileName = QStringLiteral("screenshot-%1.png").arg(n);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        return fail("usage: journal_crash_writer <dir> <hex key>");
    }
    QByteArray keyBytes = QByteArray::fromHex(args.at(2).toLatin1());
    if (keyBytes.size() != 32) {
        return fail("the key must be 64 hex digits");
    }
    const vault::SecureBuffer key = vault::SecureBuffer::copyOf(keyBytes);
    vault::wipe(keyBytes);

    vault::Database::Options options;
    options.create = true;
    vault::Database::Error error = vault::Database::Error::None;
    QString detail;
    const auto db
        = vault::Database::open(QDir(args.at(1)).filePath(QStringLiteral("journal.db")), key, options, &error, &detail);
    if (!db) {
        return fail("cannot open the database:", detail);
    }
    if (vault::Migrations::apply(*db, &detail) != vault::Database::Error::None) {
        return fail("cannot migrate:", detail);
    }
    safety::SystemClock clock;
    journal::JournalStore store(*db, clock);

    for (int n = 1;; ++n) {
        journal::Entry entry;
        entry.occurredAtMs = clock.nowMs() - 1000;
        entry.platform = QStringLiteral("Discord");
        entry.category = QStringLiteral("grooming");
        entry.severity = static_cast<journal::Severity>(n % 3);
        entry.text = QStringLiteral("Observation #%1: an adult asked again to move the chat somewhere private "
                                    "and offered gift cards; la niña dijo que no.")
                         .arg(n);
        if (const journal::JournalError saveError = store.save(entry); !saveError.ok()) {
            return fail("save failed:", saveError.message());
        }
        report("saved " + QByteArray::number(entry.id) + ' ' + QByteArray::number(n));

        if (n % kAttachEvery != 0) {
            continue;
        }
        QString fileName;
        const QByteArray bytes = attachmentBytes(n, &fileName);
        journal::AttachmentRef ref;
        if (const journal::JournalError attachError = store.addAttachment(entry.id, fileName, bytes, &ref);
            !attachError.ok()) {
            return fail("attachment failed:", attachError.message());
        }
        report("attached " + QByteArray::number(entry.id) + ' ' + ref.sha256.toHex());

        entry.text += QStringLiteral(" Later (edit #%1): the account was reported.").arg(n);
        if (const journal::JournalError editError = store.save(entry); !editError.ok()) {
            return fail("edit failed:", editError.message());
        }
        report("edited " + QByteArray::number(entry.id) + ' ' + QByteArray::number(n));
    }
}
