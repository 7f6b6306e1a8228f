// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Backup.h"

#include "journal/JournalVerifier.h"
#include "journal/RevisionChain.h"
#include "report/BackupRecords.h"
#include "report/BackupStream.h"
#include "vault/KeyVault.h"
#include "vault/Migrations.h"
#include "vault/Transaction.h"
#include "vault/VaultReplacement.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace harbor::report {

namespace {

BackupError fromDatabase(vault::Database::Error error, const QString &detail)
{
    switch (error) {
    case vault::Database::Error::None:
        return {};
    case vault::Database::Error::DiskFull:
        return BackupError { BackupError::Code::DiskFull, detail };
    case vault::Database::Error::IoError:
        return BackupError { BackupError::Code::IoError, detail };
    default:
        // A row the schema refuses: the backup's content cannot be right.
        return BackupError { BackupError::Code::Damaged, detail };
    }
}

bool cancelled(const Backup::Progress &progress)
{
    return progress.isCancelled && progress.isCancelled();
}

// Text and blobs point into the row, without a copy: valid until the next
// step(), by which time the record is written.
BackupValue valueAt(const vault::Database::Statement &statement, int column)
{
    const auto unowned = [](QByteArrayView bytes) { return QByteArray::fromRawData(bytes.data(), bytes.size()); };
    switch (statement.columnType(column)) {
    case vault::Database::Statement::Type::Integer:
        return statement.columnInt(column);
    case vault::Database::Statement::Type::Text:
        return BackupText { unowned(statement.columnTextView(column)) };
    case vault::Database::Statement::Type::Blob:
        return unowned(statement.columnBlobView(column));
    case vault::Database::Statement::Type::Real: // the schema has none
    case vault::Database::Statement::Type::Null:
        break;
    }
    return std::monostate {};
}

// Without copies: the values outlive the statement's step and reset.
void bindValue(vault::Database::Statement &statement, int index, const BackupValue &value)
{
    if (const auto *number = std::get_if<qint64>(&value)) {
        statement.bind(index, *number);
    } else if (const auto *text = std::get_if<BackupText>(&value)) {
        statement.bindTextUnowned(index, text->utf8);
    } else if (const auto *blob = std::get_if<QByteArray>(&value)) {
        statement.bindBlobUnowned(index, *blob);
    } else {
        statement.bindNull(index);
    }
}

qint64 totalRows(vault::Database &db)
{
    qint64 total = 0;
    for (const char *count :
        { "SELECT count(*) FROM children", "SELECT count(*) FROM child_platforms", "SELECT count(*) FROM entries",
            "SELECT count(*) FROM revisions", "SELECT count(*) FROM attachments", "SELECT count(*) FROM entries",
            "SELECT count(*) FROM checklist_steps", "SELECT count(*) FROM private_settings" }) {
        vault::Database::Statement statement = db.prepare(count);
        if (statement.isValid() && statement.step()) {
            total += statement.columnInt(0);
        }
    }
    return total;
}

// Imports every record into an open, empty, migrated database.
BackupError importInto(vault::Database &db, BackupStreamReader &stream, QJsonObject *metaOut,
    const Backup::Progress &progress, qint64 fileSize, const QIODevice &in)
{
    std::vector<vault::Database::Statement> inserts;
    inserts.reserve(kBackupTables.size());
    for (const BackupTable &table : kBackupTables) {
        inserts.push_back(db.prepare(table.insert));
        if (!inserts.back().isValid()) {
            return BackupError { BackupError::Code::IoError, db.lastError() };
        }
    }
    BackupRecordReader reader(stream);
    qint64 rows = 0;
    BackupRecordReader::Visitor visitor;
    visitor.meta = [metaOut](const QJsonObject &meta) {
        if (meta.value(QLatin1String("schema")).toInt() > vault::Migrations::latestVersion()) {
            return BackupError { BackupError::Code::TooNew, QStringLiteral("newer schema") };
        }
        if (meta.contains(QLatin1String("chain"))
            && !BackupSummary::chainFromJson(meta.value(QLatin1String("chain")))) {
            return BackupError { BackupError::Code::Damaged, QStringLiteral("chain head not well formed") };
        }
        *metaOut = meta;
        return BackupError {};
    };
    visitor.row = [&](int table, const QList<BackupValue> &values) {
        vault::Database::Statement &insert = inserts[static_cast<size_t>(table)];
        for (qsizetype i = 0; i < values.size(); ++i) {
            bindValue(insert, static_cast<int>(i + 1), values.at(i));
        }
        (void)insert.step();
        const vault::Database::Error error = insert.error();
        insert.reset();
        if (error != vault::Database::Error::None) {
            return fromDatabase(error, QString::fromLatin1(kBackupTables[static_cast<size_t>(table)].name));
        }
        if (cancelled(progress)) {
            return BackupError { BackupError::Code::Cancelled, {} };
        }
        if (progress.report && ++rows % 256 == 0 && fileSize > 0) {
            progress.report(static_cast<double>(in.pos()) / static_cast<double>(fileSize));
        }
        return BackupError {};
    };
    return reader.readAll(visitor);
}

} // namespace

QJsonObject BackupSummary::chainToJson(const journal::ChainHead &head)
{
    return QJsonObject {
        { QStringLiteral("head"), head.hashHex() },
        { QStringLiteral("links"), head.links },
        { QStringLiteral("entries"), head.entries },
        { QStringLiteral("at_ms"), head.atMs },
    };
}

std::optional<journal::ChainHead> BackupSummary::chainFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString hex = object.value(QLatin1String("head")).toString();
    const auto whole = [&object](const char *key) {
        const double number = object.value(QLatin1String(key)).toDouble(-1);
        return number >= 0 && number <= 9007199254740992.0 && number == static_cast<double>(static_cast<qint64>(number))
            ? static_cast<qint64>(number)
            : qint64(-1);
    };
    journal::ChainHead head;
    head.hash = QByteArray::fromHex(hex.toLatin1());
    head.links = whole("links");
    head.entries = whole("entries");
    head.atMs = whole("at_ms");
    const bool emptyChain = head.links == 0 && hex.isEmpty() && head.entries == 0;
    const bool wellFormed = hex.size() == 2 * journal::RevisionChain::kHashBytes && head.hash.toHex() == hex.toLatin1()
        && head.links > 0 && head.entries > 0 && head.entries <= head.links && head.atMs >= 0;
    if (!object.isEmpty() && (emptyChain || wellFormed)) {
        if (emptyChain) {
            head.hash.clear();
            head.atMs = 0;
        }
        return head;
    }
    return std::nullopt;
}

BackupError Backup::write(vault::Database &db, const vault::SecureBuffer &backupPassphrase, const vault::KdfParams &kdf,
    const QJsonObject &settings, QIODevice &out, const Progress &progress, journal::ChainHead *written)
{
    BackupStreamWriter stream(out);
    if (BackupError error = stream.begin(backupPassphrase, kdf); !error.ok()) {
        return error;
    }
    // One snapshot: a deferred transaction reads the database as it was
    // when the first SELECT ran, whatever is written meanwhile.
    if (const auto error = db.exec("BEGIN"); error != vault::Database::Error::None) {
        return fromDatabase(error, db.lastError());
    }
    const auto finishRead = [&db] { (void)db.exec("COMMIT"); };
    const qint64 total = std::max<qint64>(1, totalRows(db));
    qint64 done = 0;
    BackupRecordWriter records(stream);
    // Read inside the snapshot: the head of exactly the rows that follow.
    journal::JournalError headError;
    const journal::ChainHead head = journal::JournalVerifier::head(db, &headError);
    if (!headError.ok()) {
        finishRead();
        return BackupError { BackupError::Code::IoError, db.lastError() };
    }
    const QJsonObject meta {
        { QStringLiteral("app"), QStringLiteral("harbor") },
        { QStringLiteral("app_version"), QStringLiteral(HARBOR_VERSION) },
        { QStringLiteral("schema"), vault::Migrations::currentVersion(db) },
        { QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("settings"), settings },
        { QStringLiteral("chain"), BackupSummary::chainToJson(head) },
    };
    if (BackupError error = records.meta(meta); !error.ok()) {
        finishRead();
        return error;
    }
    QList<BackupValue> values;
    for (size_t table = 0; table < kBackupTables.size(); ++table) {
        vault::Database::Statement select = db.prepare(kBackupTables[table].select);
        if (!select.isValid()) {
            finishRead();
            return BackupError { BackupError::Code::IoError, db.lastError() };
        }
        while (select.step()) {
            values.resize(kBackupTables[table].columns);
            for (int column = 0; column < kBackupTables[table].columns; ++column) {
                values[column] = valueAt(select, column);
            }
            if (BackupError error = records.row(static_cast<int>(table), values); !error.ok()) {
                finishRead();
                return error;
            }
            if (cancelled(progress)) {
                finishRead();
                return BackupError { BackupError::Code::Cancelled, {} };
            }
            if (progress.report && ++done % 256 == 0) {
                progress.report(static_cast<double>(done) / static_cast<double>(total));
            }
        }
        if (select.error() != vault::Database::Error::None) {
            finishRead();
            return fromDatabase(select.error(), db.lastError());
        }
    }
    finishRead();
    if (BackupError error = records.end(); !error.ok()) {
        return error;
    }
    BackupError finished = stream.finish();
    if (finished.ok() && progress.report) {
        progress.report(1.0);
    }
    if (finished.ok() && written) {
        *written = head;
    }
    return finished;
}

BackupError Backup::check(QIODevice &in, const vault::SecureBuffer &backupPassphrase)
{
    BackupStreamReader stream(in);
    if (BackupError error = stream.begin(backupPassphrase); !error.ok()) {
        return error;
    }
    BackupRecordReader reader(stream);
    return reader.readAll({ [](const QJsonObject &) { return BackupError {}; },
        [](int, const QList<BackupValue> &) { return BackupError {}; } });
}

BackupSummary Backup::inspect(QIODevice &in, const vault::SecureBuffer &backupPassphrase)
{
    BackupSummary summary;
    BackupStreamReader stream(in);
    if (summary.error = stream.begin(backupPassphrase); !summary.error.ok()) {
        return summary;
    }
    QJsonObject meta;
    BackupRecordReader reader(stream);
    if (summary.error = reader.readMeta(&meta); !summary.error.ok()) {
        return summary;
    }
    if (meta.value(QLatin1String("schema")).toInt() > vault::Migrations::latestVersion()) {
        summary.error = BackupError { BackupError::Code::TooNew, QStringLiteral("newer schema") };
        return summary;
    }
    summary.created = QDateTime::fromString(meta.value(QLatin1String("created")).toString(), Qt::ISODate);
    summary.appVersion = meta.value(QLatin1String("app_version")).toString();
    if (meta.contains(QLatin1String("chain"))) {
        summary.chain = BackupSummary::chainFromJson(meta.value(QLatin1String("chain")));
        if (!summary.chain) {
            summary.error = BackupError { BackupError::Code::Damaged, QStringLiteral("chain head not well formed") };
        }
    }
    return summary;
}

Backup::Restored Backup::restore(QIODevice &in, const vault::SecureBuffer &backupPassphrase, const QString &dataDir,
    const vault::SecureBuffer &vaultPassphrase, const safety::Clock &clock, const RestoreOptions &options)
{
    Restored result;
    BackupStreamReader stream(in);
    if (BackupError error = stream.begin(backupPassphrase); !error.ok()) {
        result.error = error;
        return result;
    }
    if (!vault::VaultReplacement::prepareStaging(dataDir)) {
        result.error = BackupError { BackupError::Code::IoError, QStringLiteral("cannot make the staging folder") };
        return result;
    }
    const auto fail = [&](BackupError error) {
        vault::VaultReplacement::abandon(dataDir);
        result.error = std::move(error);
        return result;
    };
    {
        vault::KeyVault staged(vault::VaultReplacement::stagingFolder(dataDir), clock);
        std::optional<vault::RecoveryKey> recoveryKey;
        vault::KeyVault::Unlocked unlocked;
        const auto created = staged.create(vaultPassphrase, options.vaultKdf, &recoveryKey, &unlocked);
        if (created != vault::KeyVault::Error::None || !unlocked.database) {
            return fail(BackupError {
                created == vault::KeyVault::Error::DiskFull ? BackupError::Code::DiskFull : BackupError::Code::IoError,
                QStringLiteral("cannot create the new vault") });
        }
        vault::Database &db = *unlocked.database;
        if (options.maxPageCount > 0) {
            // An integer of the caller's, never text from a file.
            (void)db.exec(
                QByteArray("PRAGMA max_page_count = " + QByteArray::number(options.maxPageCount)).constData());
        }
        if (const auto error = db.begin(); error != vault::Database::Error::None) {
            return fail(fromDatabase(error, db.lastError()));
        }
        QJsonObject meta;
        BackupError imported = importInto(db, stream, &meta, options.progress, in.size(), in);
        result.settings = meta.value(QLatin1String("settings")).toObject();
        if (imported.ok()) {
            imported = fromDatabase(db.commit(), db.lastError());
        }
        if (!imported.ok()) {
            db.rollback();
            return fail(imported);
        }
        // The restored chain must verify, and end where the backup said it
        // did, before it replaces anything.
        const journal::VerifyResult verified = journal::JournalVerifier::verify(db);
        if (!verified.intact()) {
            return fail(
                BackupError { BackupError::Code::Damaged, QStringLiteral("the restored chain does not verify") });
        }
        const auto recorded = BackupSummary::chainFromJson(meta.value(QLatin1String("chain")));
        if (recorded && *recorded != verified.head) {
            return fail(BackupError {
                BackupError::Code::Damaged, QStringLiteral("the restored chain is not the one the backup recorded") });
        }
        result.chain = verified.head;
        (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        result.recoveryKey = recoveryKey ? recoveryKey->toString() : QString();
    }
    if (!vault::VaultReplacement::commit(dataDir)) {
        return fail(
            BackupError { BackupError::Code::IoError, QStringLiteral("cannot put the restored vault in place") });
    }
    return result;
}

} // namespace harbor::report
