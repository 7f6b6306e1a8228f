// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one program so that Harbor and raw SQLCipher are measured
// on the same generated journal in the same run; the raw side must do the same
// work, so it sits beside the Harbor side it mirrors.
// Journal benchmark: a journal of 100,000 observations and 1,000 attachments
// (5 children, 8 platforms, 4 categories, two years of dates, ~30 words each
// with some Spanish), then: bulk import, one durable insert, open to the
// first page, full-text search, a combined filter, verify of the whole chain
// and peak memory. The same raw operations are done directly with SQLCipher
// (vault::Database, same pragmas, a plain schema without the revision chain)
// in the same run, on a second file, and reported as ratios journal/raw.
// "The same work": raw keeps the same evidence the journal keeps, with the
// least code: each note's JSON body, and a hash chain beside it (a row per
// change holding the content again, its SHA-256, the previous link's hash
// and a SHA-256 over the length-prefixed fields), its index by note, the
// full-text row, in the same transactions; its verify reads every link,
// note and file once, recomputes every hash and compares. Both sides hash
// with the same SHA-256 (journal/Sha256.h) and read blobs without copies.
// Prints JSON; it measures, it does not pass or fail on speed.
//
//   bench_journal [--observations N] [--attachments M] [--output FILE]
#include "journal/ChildStore.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "journal/Sha256.h"
#include "safety/Clock.h"
#include "vault/Database.h"
#include "vault/Migrations.h"
#include "vault/SecureBuffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace harbor;
using vault::Database;

namespace {

constexpr int kBatch = 1000; // entries per import transaction
constexpr int kInsertRuns = 50;
constexpr int kOpenRuns = 10;
constexpr int kSearchQueries = 30;
constexpr int kFilterQueries = 30;
constexpr int kPageSize = 50;
constexpr int kChildren = 5;
constexpr int kWordsPerEntry = 30;
constexpr int kAccounts = 5000; // user_0 … user_4999, ~20 entries each at 100,000
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kSpanMs = 730 * kDayMs; // two years

// Targets from the issue.
constexpr double kInsertP50TargetMs = 5;
constexpr double kFirstPageTargetMs = 50;
constexpr double kSearchP95TargetMs = 30;
constexpr double kRatioTarget = 1.5;
constexpr double kPeakRssTargetMb = 200;

const char *const kWords[] = {
    "message",
    "asked",
    "photo",
    "picture",
    "online",
    "game",
    "chat",
    "friend",
    "older",
    "secret",
    "gift",
    "card",
    "phone",
    "night",
    "school",
    "account",
    "username",
    "video",
    "call",
    "camera",
    "private",
    "delete",
    "send",
    "meet",
    "address",
    "money",
    "threatened",
    "scared",
    "upset",
    "quiet",
    "stranger",
    "coach",
    "followers",
    "likes",
    "snap",
    "story",
    "stream",
    "voice",
    "server",
    "invite",
    "group",
    "password",
    "screenshot",
    "blocked",
    "reported",
    "trusted",
    "teacher",
    "counselor",
    "bedroom",
    "weekend",
    "party",
    "ride",
    "car",
    "bus",
    "mall",
    "park",
    "library",
    "homework",
    "grades",
    "sleep",
    "tired",
    "crying",
    "angry",
    "withdrawn",
    "new",
    "clothes",
    "shoes",
    "jewelry",
    "cash",
    "tokens",
    "skins",
    "robux",
    "vbucks",
    "promised",
    "modeling",
    "job",
    "contract",
    "travel",
    "hotel",
    "boyfriend",
    "girlfriend",
    "relationship",
    "age",
    "lied",
    "pretended",
    "profile",
    "fake",
    "pictures",
    "explicit",
    "nude",
    "demand",
    "pay",
    "leak",
    "share",
    "everyone",
    "family",
    "parents",
    "mother",
    "father",
    "brother",
    "sister",
    "cousin",
    "neighbor",
    "uncle",
    "aunt",
    "police",
    "hotline",
    "caseworker",
    "foster",
    "placement",
    "visit",
    "court",
    "therapist",
    "doctor",
    "nurse",
    "mensaje",
    "niña",
    "niño",
    "foto",
    "fotografía",
    "contraseña",
    "amenazó",
    "cámara",
    "teléfono",
    "también",
    "después",
    "según",
    "está",
    "información",
    "aplicación",
    "dirección",
    "canción",
    "dinero",
    "regalo",
    "secreto",
    "miedo",
    "escuela",
    "noche",
    "amigo",
    "desconocido",
    "videollamada",
    "cuenta",
    "publicó",
    "compartió",
    "borró",
    "pidió",
    "envió",
    "llamó",
    "encontró",
    "mamá",
    "papá",
    "policía",
    "línea",
    "ayuda",
    "tarjeta",
    "juego",
    "grupo",
    "servidor",
    "perfil",
    "falso",
    "chantaje",
    "vergüenza",
    "preocupación",
    "comportamiento",
};
constexpr int kWordCount = static_cast<int>(sizeof(kWords) / sizeof(kWords[0]));

const char *const kPlatforms[]
    = { "Instagram", "Snapchat", "TikTok", "Discord", "Roblox", "WhatsApp", "Minecraft", "YouTube" };
const char *const kCategories[] = { "grooming", "trafficking", "sextortion", "other" };
const char *const kNicknames[] = { "Bee", "Sunny", "Kiki", "Mateo", "Ren" };

QString word(int index)
{
    return QString::fromUtf8(kWords[index]);
}

// A few very common words and a long tail, like real notes.
int zipfWord(QRandomGenerator &rng)
{
    const double u = rng.generateDouble();
    return std::min(kWordCount - 1, static_cast<int>(std::pow(u, 2.2) * kWordCount));
}

// One generated observation; the same index always gives the same row, so
// the journal and the raw database get identical data without keeping it.
struct Row
{
    qint64 childId = 0;
    qint64 occurredAtMs = 0;
    QString platform;
    QString category;
    int severity = 0;
    QString account;
    QString text;
};

Row makeRow(quint64 index, const QList<qint64> &childIds, qint64 nowMs)
{
    QRandomGenerator rng(static_cast<quint32>(index * 2654435761ULL + 12345));
    Row row;
    row.childId = childIds.at(static_cast<qsizetype>(rng.bounded(childIds.size())));
    row.occurredAtMs = nowMs - 60000 - static_cast<qint64>(rng.generateDouble() * static_cast<double>(kSpanMs));
    row.platform = QString::fromLatin1(kPlatforms[rng.bounded(8)]);
    row.category = QString::fromLatin1(kCategories[rng.bounded(4)]);
    row.severity = static_cast<int>(rng.bounded(3));
    row.account = QStringLiteral("user_%1").arg(rng.bounded(kAccounts));
    QStringList words;
    words.reserve(kWordsPerEntry);
    for (int w = 0; w < kWordsPerEntry; ++w) {
        words.append(word(zipfWord(rng)));
    }
    words.first()[0] = words.first().at(0).toUpper();
    row.text = words.join(QLatin1Char(' ')) + QLatin1Char('.');
    return row;
}

journal::Entry toEntry(const Row &row)
{
    journal::Entry entry;
    entry.childId = row.childId;
    entry.occurredAtMs = row.occurredAtMs;
    entry.platform = row.platform;
    entry.category = row.category;
    entry.severity = static_cast<journal::Severity>(row.severity);
    entry.account = row.account;
    entry.text = row.text;
    return entry;
}

// PNG of noise (so it does not compress away), 20–100 KB, distinct per n.
QByteArray noisePng(int n)
{
    QRandomGenerator rng(static_cast<quint32>(n) * 7919U + 1U);
    const int side = 80 + static_cast<int>(rng.bounded(100));
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            line[x] = 0xff000000U | (rng.generate() & 0x00ffffffU);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double ratio(double journal, double raw)
{
    return raw > 0 ? round2(journal / raw) : -1;
}

QJsonObject stats(const std::vector<double> &ms)
{
    return { { QStringLiteral("p50"), round2(percentile(ms, 0.5)) },
        { QStringLiteral("p95"), round2(percentile(ms, 0.95)) },
        { QStringLiteral("max"), round2(percentile(ms, 1.0)) } };
}

std::unique_ptr<Database> openDb(const QString &path, const vault::SecureBuffer &key, bool create)
{
    Database::Options options;
    options.create = create;
    Database::Error error = Database::Error::None;
    QString detail;
    auto db = Database::open(path, key, options, &error, &detail);
    if (!db) {
        std::fprintf(stderr, "bench_journal: cannot open %s: %s\n", qPrintable(path), qPrintable(detail));
    }
    return db;
}

// The journal: Harbor's own API, nothing else.
struct Journal
{
    std::unique_ptr<Database> db;
    std::unique_ptr<journal::JournalStore> store;
    std::unique_ptr<journal::JournalQuery> query;

    bool open(const QString &path, const vault::SecureBuffer &key, const safety::Clock &clock, bool create)
    {
        close();
        db = openDb(path, key, create);
        if (!db || vault::Migrations::apply(*db) != Database::Error::None) {
            return false;
        }
        store = std::make_unique<journal::JournalStore>(*db, clock);
        query = std::make_unique<journal::JournalQuery>(*db);
        return true;
    }
    void close()
    {
        query.reset();
        store.reset();
        db.reset();
    }
};

// The same operations written directly against SQLCipher: one table, one
// FTS4 table, no revision chain, statements reused.
const char *const kRawSchema = "CREATE TABLE IF NOT EXISTS children (id INTEGER PRIMARY KEY, nickname TEXT NOT NULL);"
                               "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, child_id INTEGER, "
                               "occurred_at INTEGER NOT NULL, created_at INTEGER NOT NULL, platform TEXT NOT NULL, "
                               "category TEXT NOT NULL, severity INTEGER NOT NULL, excerpt TEXT NOT NULL, "
                               "attachment_count INTEGER NOT NULL DEFAULT 0, body BLOB NOT NULL);"
                               "CREATE INDEX IF NOT EXISTS notes_by_time ON notes(occurred_at DESC, id DESC);"
                               "CREATE INDEX IF NOT EXISTS notes_by_child ON notes(child_id, occurred_at DESC);"
                               "CREATE TABLE IF NOT EXISTS files (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, "
                               "name TEXT NOT NULL, sha256 BLOB NOT NULL, data BLOB NOT NULL);"
                               "CREATE TABLE IF NOT EXISTS chain (sequence INTEGER PRIMARY KEY, note_id INTEGER "
                               "NOT NULL, kind INTEGER NOT NULL, created_at INTEGER NOT NULL, content BLOB, "
                               "content_hash BLOB NOT NULL, previous_hash BLOB NOT NULL, hash BLOB NOT NULL);"
                               "CREATE INDEX IF NOT EXISTS chain_by_note ON chain(note_id, sequence);"
                               "CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts4(body, "
                               "tokenize=unicode61 \"remove_diacritics=1\");";
#define RAW_COLUMNS                                                                                                    \
    "SELECT n.id, n.child_id, c.nickname, n.occurred_at, n.platform, n.category, n.severity, n.excerpt, "              \
    "n.attachment_count FROM notes n LEFT JOIN children c ON c.id = n.child_id "
#define RAW_ORDER " ORDER BY n.occurred_at DESC, n.id DESC LIMIT 50"

struct Raw
{
    std::unique_ptr<Database> db;

    bool open(const QString &path, const vault::SecureBuffer &key, bool create)
    {
        db = openDb(path, key, create);
        return db && (!create || db->exec(kRawSchema) == Database::Error::None);
    }

    static QByteArray body(const Row &row, const QStringList &fileNames = {})
    {
        QJsonObject object { { QStringLiteral("child"), row.childId },
            { QStringLiteral("occurredAt"), row.occurredAtMs }, { QStringLiteral("platform"), row.platform },
            { QStringLiteral("category"), row.category }, { QStringLiteral("severity"), row.severity },
            { QStringLiteral("account"), row.account }, { QStringLiteral("text"), row.text } };
        if (!fileNames.isEmpty()) {
            object.insert(QStringLiteral("files"), QJsonArray::fromStringList(fileNames));
        }
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // What is searchable, as the journal indexes it (attachment names too).
    static QString ftsText(const Row &row, const QStringList &fileNames)
    {
        return QStringList { row.platform, row.account, row.text }.join(QLatin1Char('\n'))
            + (fileNames.isEmpty() ? QString() : QLatin1Char('\n') + fileNames.join(QLatin1Char('\n')));
    }

    journal::Sha256 linkHasher; // reused: result() starts it over
    // The chain's head, kept in memory as the journal keeps it per transaction.
    qint64 headSequence = 0;
    QByteArray headHash = QByteArray(32, '\0');

    static void addField(journal::Sha256 &hash, QByteArrayView field)
    {
        const auto size = qToBigEndian(static_cast<quint64>(field.size()));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(field);
    }

    // One link after the head: what a tamper-evident journal must write.
    bool appendLink(Database::Statement &link, qint64 noteId, qint64 nowMs, const QByteArray &content)
    {
        const QByteArray contentHash = journal::Sha256::hash(content);
        journal::Sha256 &hash = linkHasher;
        addField(hash, "chain/1");
        addField(hash, QByteArray::number(headSequence + 1));
        addField(hash, QByteArray::number(noteId));
        addField(hash, "revision");
        addField(hash, QByteArray::number(nowMs));
        addField(hash, contentHash);
        addField(hash, headHash);
        const QByteArray linkHash = hash.result();
        link.reset();
        link.bind(1, headSequence + 1);
        link.bind(2, noteId);
        link.bind(3, qint64 { 0 });
        link.bind(4, nowMs);
        link.bindBlobUnowned(5, content);
        link.bindBlobUnowned(6, contentHash);
        link.bindBlobUnowned(7, headHash);
        link.bindBlobUnowned(8, linkHash);
        (void)link.step();
        link.reset();
        if (link.error() != Database::Error::None) {
            return false;
        }
        ++headSequence;
        headHash = linkHash;
        return true;
    }

    Database::Statement prepareLink()
    {
        return db->prepare("INSERT INTO chain (sequence, note_id, kind, created_at, content, content_hash, "
                           "previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    }

    // Inserts rows into notes, chain and notes_fts with reused statements;
    // the caller owns the transaction.
    bool insertRows(const QList<Row> &rows, qint64 nowMs)
    {
        Database::Statement note
            = db->prepare("INSERT INTO notes (child_id, occurred_at, created_at, platform, category, severity, "
                          "excerpt, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        Database::Statement link = prepareLink();
        Database::Statement fts = db->prepare("INSERT INTO notes_fts (docid, body) VALUES (?1, ?2)");
        for (const Row &row : rows) {
            const QByteArray content = body(row);
            note.reset();
            note.bind(1, row.childId);
            note.bind(2, row.occurredAtMs);
            note.bind(3, nowMs);
            note.bind(4, row.platform);
            note.bind(5, row.category);
            note.bind(6, static_cast<qint64>(row.severity));
            note.bind(7, row.text.left(160));
            note.bindBlobUnowned(8, content);
            (void)note.step();
            if (note.error() != Database::Error::None) {
                return false;
            }
            const qint64 noteId = db->lastInsertRowId();
            if (!appendLink(link, noteId, nowMs, content)) {
                return false;
            }
            fts.reset();
            fts.bind(1, noteId);
            fts.bind(2, ftsText(row, {}));
            (void)fts.step();
            if (fts.error() != Database::Error::None) {
                return false;
            }
        }
        return true;
    }

    // Reads every link, note and file once and checks every hash: the
    // chain in order, each note against its newest link, each file
    // against its recorded SHA-256. The number of rows checked, or -1.
    qint64 verify(qint64 maxNoteId)
    {
        qint64 checked = 0;
        std::vector<QByteArray> newest(static_cast<size_t>(maxNoteId) + 1);
        Database::Statement links = db->prepare("SELECT sequence, note_id, kind, created_at, content, content_hash, "
                                                "previous_hash, hash FROM chain ORDER BY sequence");
        qint64 previousSequence = 0;
        QByteArray previousHash(32, '\0');
        while (links.step()) {
            const qint64 sequence = links.columnInt(0);
            const qint64 noteId = links.columnInt(1);
            const QByteArrayView contentHash = links.columnBlobView(5);
            journal::Sha256 &hash = linkHasher;
            addField(hash, "chain/1");
            addField(hash, QByteArray::number(sequence));
            addField(hash, QByteArray::number(noteId));
            addField(hash, links.columnInt(2) == 0 ? "revision" : "other");
            addField(hash, QByteArray::number(links.columnInt(3)));
            addField(hash, contentHash);
            addField(hash, previousHash);
            const QByteArrayView linkHash = links.columnBlobView(7);
            if (sequence != previousSequence + 1 || links.columnBlobView(6) != previousHash || hash.result() != linkHash
                || journal::Sha256::hash(links.columnBlobView(4)) != contentHash || noteId < 1 || noteId > maxNoteId) {
                return -1;
            }
            newest[static_cast<size_t>(noteId)] = contentHash.toByteArray();
            previousSequence = sequence;
            previousHash = linkHash.toByteArray();
            ++checked;
        }
        Database::Statement notes = db->prepare("SELECT id, body FROM notes ORDER BY id");
        while (notes.step()) {
            const qint64 id = notes.columnInt(0);
            if (id < 1 || id > maxNoteId
                || journal::Sha256::hash(notes.columnBlobView(1)) != newest[static_cast<size_t>(id)]) {
                return -1;
            }
            ++checked;
        }
        Database::Statement files = db->prepare("SELECT sha256, data FROM files ORDER BY id");
        while (files.step()) {
            if (journal::Sha256::hash(files.columnBlobView(1)) != files.columnBlobView(0)) {
                return -1;
            }
            ++checked;
        }
        const bool ok = links.error() == Database::Error::None && notes.error() == Database::Error::None
            && files.error() == Database::Error::None;
        return ok ? checked : -1;
    }

    bool durable(const std::function<bool()> &work)
    {
        if (db->begin() != Database::Error::None) {
            return false;
        }
        if (!work()) {
            db->rollback();
            return false;
        }
        return db->commit() == Database::Error::None;
    }

    int readPage(Database::Statement &select)
    {
        int rows = 0;
        while (select.step()) {
            journal::EntrySummary summary;
            summary.id = select.columnInt(0);
            summary.childId = select.columnInt(1);
            summary.childName = select.columnText(2);
            summary.occurredAtMs = select.columnInt(3);
            summary.platform = select.columnText(4);
            summary.category = select.columnText(5);
            summary.severity = static_cast<journal::Severity>(select.columnInt(6));
            summary.excerpt = select.columnText(7);
            summary.attachmentCount = static_cast<int>(select.columnInt(8));
            ++rows;
        }
        return select.error() == Database::Error::None ? rows : -1;
    }
};

struct Filter
{
    qint64 childId;
    QString platform;
    QString category;
    int severity;
    qint64 fromMs;
    qint64 toMs;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto option = [&](const char *name, const QString &fallback) {
        const auto at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int observations = option("--observations", QStringLiteral("100000")).toInt();
    const int attachmentCount = option("--attachments", QStringLiteral("1000")).toInt();
    const QString outputPath = option("--output", QString());
    if (observations < 1 || attachmentCount < 0) {
        std::fputs("usage: bench_journal [--observations N] [--attachments M] [--output FILE]\n", stderr);
        return 2;
    }
    QElapsedTimer wall;
    wall.start();
    bool broken = false;
    auto problem = [&](const char *what) {
        std::fprintf(stderr, "bench_journal: %s\n", what);
        broken = true;
    };

    QTemporaryDir dir;
    const QString journalPath = dir.filePath(QStringLiteral("journal.db"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.db"));
    const vault::SecureBuffer key = vault::SecureBuffer::random(32);
    const safety::SystemClock clock;
    const qint64 now = clock.nowMs();

    Journal j;
    Raw raw;
    if (!j.open(journalPath, key, clock, true) || !raw.open(rawPath, key, true)) {
        return 1;
    }
    QList<qint64> childIds;
    QList<qint64> rawChildIds;
    {
        journal::ChildStore children(*j.db, clock);
        Database::Statement rawChild = raw.db->prepare("INSERT INTO children (nickname) VALUES (?1)");
        for (int c = 0; c < kChildren; ++c) {
            journal::Child child;
            child.nickname = QString::fromLatin1(kNicknames[c]);
            child.birthYear = QDate::currentDate().year() - 8 - c;
            child.platforms = { { QString::fromLatin1(kPlatforms[c]), QStringLiteral("kid%1").arg(c) } };
            if (!children.save(child).ok()) {
                return 1;
            }
            childIds.append(child.id);
            rawChild.reset();
            rawChild.bind(1, child.nickname);
            (void)rawChild.step();
            rawChildIds.append(raw.db->lastInsertRowId());
        }
        if (childIds != rawChildIds) {
            problem("children got different ids");
        }
    }

    // --- Bulk import: the same rows, in transactions of kBatch entries.
    double journalImportMs = 0;
    double rawImportMs = 0;
    for (int start = 0; start < observations; start += kBatch) {
        const int end = std::min(observations, start + kBatch);
        QList<Row> rows;
        QList<journal::Entry> entries;
        rows.reserve(end - start);
        entries.reserve(end - start);
        for (int i = start; i < end; ++i) {
            rows.append(makeRow(static_cast<quint64>(i), childIds, now));
            entries.append(toEntry(rows.constLast()));
        }
        QElapsedTimer timer;
        timer.start();
        if (!j.store->saveAll(entries).ok()) {
            problem("journal import failed");
            break;
        }
        journalImportMs += elapsedMs(timer);
        timer.restart();
        if (!raw.durable([&] { return raw.insertRows(rows, now); })) {
            problem("raw import failed");
            break;
        }
        rawImportMs += elapsedMs(timer);
    }
    const double peakAfterImportMb = peakRssMb();

    // --- Attachments: one durable write each, spread over the entries.
    double journalAttachMs = 0;
    double rawAttachMs = 0;
    qint64 attachmentBytes = 0;
    {
        Database::Statement rawFile
            = raw.db->prepare("INSERT INTO files (note_id, name, sha256, data) VALUES (?1, ?2, ?3, ?4)");
        // Raw, like the journal, stores the note's new content (now listing
        // its files) and appends a link for it.
        Database::Statement rawCount
            = raw.db->prepare("UPDATE notes SET attachment_count = attachment_count + 1, body = ?2 WHERE id = ?1");
        Database::Statement rawLink = raw.prepareLink();
        Database::Statement rawUnindex = raw.db->prepare("DELETE FROM notes_fts WHERE docid = ?1");
        Database::Statement rawIndex = raw.db->prepare("INSERT INTO notes_fts (docid, body) VALUES (?1, ?2)");
        QHash<qint64, QStringList> rawFileNames;
        for (int a = 0; a < attachmentCount; ++a) {
            const QByteArray png = noisePng(a);
            attachmentBytes += png.size();
            // Every entry gets at most a few; ids are 1..observations in both files.
            const qint64 entryId = 1 + (static_cast<qint64>(a) * 97) % observations;
            const QString name = QStringLiteral("screenshot-%1.png").arg(a);
            QElapsedTimer timer;
            timer.start();
            if (!j.store->addAttachment(entryId, name, png).ok()) {
                problem("journal attachment failed");
                break;
            }
            journalAttachMs += elapsedMs(timer);
            // Raw re-indexes the note with its file names, as the journal does.
            rawFileNames[entryId].append(name);
            const Row entryRow = makeRow(static_cast<quint64>(entryId - 1), childIds, now);
            const QString text = Raw::ftsText(entryRow, rawFileNames.value(entryId));
            timer.restart();
            const bool ok = raw.durable([&] {
                rawFile.reset();
                rawFile.bind(1, entryId);
                rawFile.bind(2, name);
                rawFile.bindBlob(3, journal::Sha256::hash(png));
                rawFile.bindBlobUnowned(4, png);
                (void)rawFile.step();
                const QByteArray content = Raw::body(entryRow, rawFileNames.value(entryId));
                rawCount.reset();
                rawCount.bind(1, entryId);
                rawCount.bindBlobUnowned(2, content);
                (void)rawCount.step();
                if (rawCount.error() != Database::Error::None || !raw.appendLink(rawLink, entryId, now, content)) {
                    return false;
                }
                rawUnindex.reset();
                rawUnindex.bind(1, entryId);
                (void)rawUnindex.step();
                rawIndex.reset();
                rawIndex.bind(1, entryId);
                rawIndex.bind(2, text);
                (void)rawIndex.step();
                return rawFile.error() == Database::Error::None && rawCount.error() == Database::Error::None
                    && rawUnindex.error() == Database::Error::None && rawIndex.error() == Database::Error::None;
            });
            rawAttachMs += elapsedMs(timer);
            if (!ok) {
                problem("raw attachment failed");
                break;
            }
        }
    }

    // --- One durable insert, alternating journal and raw.
    std::vector<double> journalInsertMs;
    std::vector<double> rawInsertMs;
    for (int run = 0; run < kInsertRuns; ++run) {
        const Row row = makeRow(static_cast<quint64>(observations) + static_cast<quint64>(run), childIds, now);
        journal::Entry entry = toEntry(row);
        QElapsedTimer timer;
        timer.start();
        if (!j.store->save(entry).ok()) {
            problem("journal insert failed");
            break;
        }
        journalInsertMs.push_back(elapsedMs(timer));
        timer.restart();
        if (!raw.durable([&] { return raw.insertRows({ row }, clock.nowMs()); })) {
            problem("raw insert failed");
            break;
        }
        rawInsertMs.push_back(elapsedMs(timer));
    }

    // --- Open to the first page: close, reopen (key, pragmas, migrations
    //     check), first 50 of the unfiltered list.
    std::vector<double> journalOpenMs;
    std::vector<double> rawOpenMs;
    for (int run = 0; run < kOpenRuns; ++run) {
        j.close();
        QElapsedTimer timer;
        timer.start();
        if (!j.open(journalPath, key, clock, false)) {
            problem("journal reopen failed");
            break;
        }
        journal::JournalError error;
        const auto page = j.query->page(journal::JournalFilter {}, nullptr, kPageSize, &error);
        journalOpenMs.push_back(elapsedMs(timer));
        if (!error.ok() || page.size() != kPageSize) {
            problem("journal first page failed");
        }

        raw.db.reset();
        timer.restart();
        if (!raw.open(rawPath, key, false)) {
            problem("raw reopen failed");
            break;
        }
        Database::Statement select = raw.db->prepare(RAW_COLUMNS RAW_ORDER);
        const int rows = raw.readPage(select);
        rawOpenMs.push_back(elapsedMs(timer));
        if (rows != kPageSize) {
            problem("raw first page failed");
        }
    }

    // --- Full-text search: a username as typed (rare: ~20 entries each), one
    //     word, two words (common and less common, some Spanish). Raw runs
    //     both plain plans (look up the matches by rowid and sort; walk the
    //     time index and test membership) and counts the faster one.
    std::vector<double> journalSearchMs;
    std::vector<double> rawSearchMs;
    qint64 searchHits = 0;
    int emptySearches = 0;
    QRandomGenerator queryRng(20261102);
    for (int q = 0; q < kSearchQueries; ++q) {
        QStringList words;
        if (q % 3 == 0) {
            words = { QStringLiteral("user"), QString::number(queryRng.bounded(kAccounts)) };
        } else {
            words.append(word(static_cast<int>(queryRng.bounded(kWordCount))));
            if (q % 3 == 2) {
                words.append(word(static_cast<int>(queryRng.bounded(kWordCount / 3))));
            }
        }
        journal::JournalFilter filter;
        filter.text = q % 3 == 0 ? words.join(QLatin1Char('_')) : words.join(QLatin1Char(' '));
        QElapsedTimer timer;
        timer.start();
        journal::JournalError error;
        const auto page = j.query->page(filter, nullptr, kPageSize, &error);
        journalSearchMs.push_back(elapsedMs(timer));
        if (!error.ok()) {
            problem("journal search failed");
        }
        searchHits += page.size();
        emptySearches += page.isEmpty() ? 1 : 0;

        QStringList quoted;
        for (const QString &w : std::as_const(words)) {
            quoted.append(u'"' + w + u'"');
        }
        double best = -1;
        for (const char *sql :
            { RAW_COLUMNS "WHERE n.id IN (SELECT docid FROM notes_fts WHERE notes_fts MATCH ?1)" RAW_ORDER,
                RAW_COLUMNS "WHERE +n.id IN (SELECT docid FROM notes_fts WHERE notes_fts MATCH ?1)" RAW_ORDER }) {
            timer.restart();
            Database::Statement select = raw.db->prepare(sql);
            select.bind(1, quoted.join(u' '));
            const int rows = raw.readPage(select);
            const double ms = elapsedMs(timer);
            best = best < 0 ? ms : std::min(best, ms);
            if (rows != page.size()) {
                problem("journal and raw search disagree");
            }
        }
        rawSearchMs.push_back(best);
    }

    // --- Combined filter: child + platform + category + severity + 90 days.
    std::vector<double> journalFilterMs;
    std::vector<double> rawFilterMs;
    qint64 filterHits = 0;
    for (int q = 0; q < kFilterQueries; ++q) {
        const qint64 to
            = now - static_cast<qint64>(queryRng.generateDouble() * static_cast<double>(kSpanMs - 90 * kDayMs));
        const Filter f { childIds.at(static_cast<qsizetype>(queryRng.bounded(kChildren))),
            QString::fromLatin1(kPlatforms[queryRng.bounded(8)]), QString::fromLatin1(kCategories[queryRng.bounded(4)]),
            static_cast<int>(queryRng.bounded(3)), to - 90 * kDayMs, to };
        journal::JournalFilter filter;
        filter.childId = f.childId;
        filter.platform = f.platform;
        filter.category = f.category;
        filter.severity = f.severity;
        filter.fromMs = f.fromMs;
        filter.toMs = f.toMs;
        QElapsedTimer timer;
        timer.start();
        journal::JournalError error;
        const auto page = j.query->page(filter, nullptr, kPageSize, &error);
        journalFilterMs.push_back(elapsedMs(timer));
        if (!error.ok()) {
            problem("journal filter failed");
        }
        filterHits += page.size();

        timer.restart();
        Database::Statement select = raw.db->prepare(
            RAW_COLUMNS "WHERE n.child_id = ?1 AND n.platform = ?2 AND n.category = ?3 AND n.severity = ?4 "
                        "AND n.occurred_at >= ?5 AND n.occurred_at < ?6" RAW_ORDER);
        select.bind(1, f.childId);
        select.bind(2, f.platform);
        select.bind(3, f.category);
        select.bind(4, static_cast<qint64>(f.severity));
        select.bind(5, f.fromMs);
        select.bind(6, f.toMs);
        const int rows = raw.readPage(select);
        rawFilterMs.push_back(elapsedMs(timer));
        if (rows != page.size()) {
            problem("journal and raw filter disagree");
        }
    }

    // --- Verify: the whole chain, every entry and attachment; raw reads
    //     every row and file and hashes each.
    QElapsedTimer timer;
    timer.start();
    const journal::VerifyResult verified = journal::JournalVerifier::verify(*j.db);
    const double journalVerifyMs = elapsedMs(timer);
    if (!verified.intact()) {
        problem("the journal does not verify");
    }
    timer.restart();
    const qint64 rawHashed = raw.verify(static_cast<qint64>(observations) + kInsertRuns);
    if (rawHashed < 0) {
        problem("raw verify failed");
    }
    const double rawVerifyMs = elapsedMs(timer);
    // --- Erase one entry for good (informational: it also merges the whole
    //     full-text index and checkpoints the WAL).
    timer.restart();
    if (!j.store->erase(1 + observations / 2).ok()) {
        problem("journal erase failed");
    }
    const double journalEraseMs = elapsedMs(timer);
    const double peakMb = peakRssMb();

    const double insertP50 = percentile(journalInsertMs, 0.5);
    const double firstPage = percentile(journalOpenMs, 0.5);
    const double searchP95 = percentile(journalSearchMs, 0.95);
    const double filterP95 = percentile(journalFilterMs, 0.95);
    const QJsonObject ratios {
        { QStringLiteral("bulk_import"), ratio(journalImportMs, rawImportMs) },
        { QStringLiteral("attachments"), ratio(journalAttachMs, rawAttachMs) },
        { QStringLiteral("insert_p50"), ratio(insertP50, percentile(rawInsertMs, 0.5)) },
        { QStringLiteral("first_page"), ratio(firstPage, percentile(rawOpenMs, 0.5)) },
        { QStringLiteral("search_p50"), ratio(percentile(journalSearchMs, 0.5), percentile(rawSearchMs, 0.5)) },
        { QStringLiteral("search_p95"), ratio(searchP95, percentile(rawSearchMs, 0.95)) },
        { QStringLiteral("filter_p50"), ratio(percentile(journalFilterMs, 0.5), percentile(rawFilterMs, 0.5)) },
        { QStringLiteral("filter_p95"), ratio(filterP95, percentile(rawFilterMs, 0.95)) },
        { QStringLiteral("verify"), ratio(journalVerifyMs, rawVerifyMs) },
    };
    bool ratiosMet = true;
    for (auto it = ratios.constBegin(); it != ratios.constEnd(); ++it) {
        ratiosMet = ratiosMet && it.value().toDouble() >= 0 && it.value().toDouble() <= kRatioTarget;
    }
    const QJsonObject met {
        { QStringLiteral("insert_p50"), insertP50 < kInsertP50TargetMs },
        { QStringLiteral("first_page"), firstPage < kFirstPageTargetMs },
        { QStringLiteral("search_p95"), searchP95 < kSearchP95TargetMs },
        { QStringLiteral("ratios"), ratiosMet },
        { QStringLiteral("peak_rss"), peakMb >= 0 && peakMb < kPeakRssTargetMb },
    };
    bool allMet = true;
    for (auto it = met.constBegin(); it != met.constEnd(); ++it) {
        allMet = allMet && it.value().toBool();
    }

    const QJsonObject result {
        { QStringLiteral("benchmark"), QStringLiteral("journal") },
#ifdef NDEBUG
        { QStringLiteral("build"), QStringLiteral("release") },
#else
        { QStringLiteral("build"), QStringLiteral("debug") },
#endif
        { QStringLiteral("observations"), observations },
        { QStringLiteral("attachments"), attachmentCount },
        { QStringLiteral("attachment_mb"), round2(static_cast<double>(attachmentBytes) / 1048576.0) },
        { QStringLiteral("journal_file_mb"), round2(static_cast<double>(QFileInfo(journalPath).size()) / 1048576.0) },
        { QStringLiteral("raw_file_mb"), round2(static_cast<double>(QFileInfo(rawPath).size()) / 1048576.0) },
        { QStringLiteral("bulk_import_s"), round2(journalImportMs / 1000) },
        { QStringLiteral("bulk_import_batch"), kBatch },
        { QStringLiteral("attachments_s"), round2(journalAttachMs / 1000) },
        { QStringLiteral("insert_p50_ms"), round2(insertP50) },
        { QStringLiteral("insert_p95_ms"), round2(percentile(journalInsertMs, 0.95)) },
        { QStringLiteral("first_page_ms"), round2(firstPage) },
        { QStringLiteral("first_page_ms_runs"), stats(journalOpenMs) },
        { QStringLiteral("search_p50_ms"), round2(percentile(journalSearchMs, 0.5)) },
        { QStringLiteral("search_p95_ms"), round2(searchP95) },
        { QStringLiteral("search_queries"), kSearchQueries },
        { QStringLiteral("search_mean_hits"), round2(static_cast<double>(searchHits) / kSearchQueries) },
        { QStringLiteral("search_empty"), emptySearches },
        { QStringLiteral("filter_p50_ms"), round2(percentile(journalFilterMs, 0.5)) },
        { QStringLiteral("filter_p95_ms"), round2(filterP95) },
        { QStringLiteral("filter_queries"), kFilterQueries },
        { QStringLiteral("filter_mean_hits"), round2(static_cast<double>(filterHits) / kFilterQueries) },
        { QStringLiteral("verify_s"), round2(journalVerifyMs / 1000) },
        { QStringLiteral("verify_links"), static_cast<double>(verified.linksChecked) },
        { QStringLiteral("erase_ms"), round2(journalEraseMs) },
        { QStringLiteral("peak_rss_mb"), round2(peakMb) },
        { QStringLiteral("peak_rss_after_import_mb"), round2(peakAfterImportMb) },
        { QStringLiteral("raw"),
            QJsonObject {
                { QStringLiteral("bulk_import_s"), round2(rawImportMs / 1000) },
                { QStringLiteral("attachments_s"), round2(rawAttachMs / 1000) },
                { QStringLiteral("insert_p50_ms"), round2(percentile(rawInsertMs, 0.5)) },
                { QStringLiteral("insert_p95_ms"), round2(percentile(rawInsertMs, 0.95)) },
                { QStringLiteral("first_page_ms"), round2(percentile(rawOpenMs, 0.5)) },
                { QStringLiteral("search_p50_ms"), round2(percentile(rawSearchMs, 0.5)) },
                { QStringLiteral("search_p95_ms"), round2(percentile(rawSearchMs, 0.95)) },
                { QStringLiteral("filter_p50_ms"), round2(percentile(rawFilterMs, 0.5)) },
                { QStringLiteral("filter_p95_ms"), round2(percentile(rawFilterMs, 0.95)) },
                { QStringLiteral("verify_s"), round2(rawVerifyMs / 1000) },
                { QStringLiteral("verify_rows"), static_cast<double>(rawHashed) },
            } },
        { QStringLiteral("ratios"), ratios },
        { QStringLiteral("targets"),
            QJsonObject {
                { QStringLiteral("insert_p50_ms_below"), kInsertP50TargetMs },
                { QStringLiteral("first_page_ms_below"), kFirstPageTargetMs },
                { QStringLiteral("search_p95_ms_below"), kSearchP95TargetMs },
                { QStringLiteral("ratio_at_most"), kRatioTarget },
                { QStringLiteral("peak_rss_mb_below"), kPeakRssTargetMb },
                { QStringLiteral("met"), met },
                { QStringLiteral("all_met"), allMet },
            } },
        { QStringLiteral("wall_s"), round2(elapsedMs(wall) / 1000) },
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    if (!outputPath.isEmpty()) {
        QDir().mkpath(QFileInfo(outputPath).path());
        QFile file(outputPath);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(json);
        }
    }
    // A benchmark that could not measure is broken, not slow.
    return broken ? 1 : 0;
}
