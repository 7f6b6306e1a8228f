// SPDX-License-Identifier: GPL-3.0-or-later
// harbor-golden: makes the golden files under tests/data/golden/ ONCE. They
// are committed and never made again: tests/unit/golden opens them with every
// later Harbor, so a format change that cannot read them fails there. When a
// format moves to version 2, add a v2 folder beside v1 (run this into a new
// folder, copy the new one over) and keep v1 as long as Harbor reads it.
//
//   harbor-golden PACK_SOURCE OUT_DIR
//
// PACK_SOURCE is tools/golden/pack-source. OUT_DIR must not hold any of the
// folders written: vault-v1/, backup-v1/, pack-v1/. The recovery key is random
// (KeyVault makes it); it is printed and must be copied into
// tests/data/golden/README.md and tests/unit/golden/GoldenFiles.h.
#include "content/ChecklistStore.h"
#include "content/PackLoader.h"
#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "report/Backup.h"
#include "safety/Clock.h"
#include "updates/ManifestSignature.h"
#include "updates/PackPublisher.h"
#include "updates/PublisherKeys.h"
#include "vault/KeyVault.h"
#include "vault/Migrations.h"
#include "vault/PrivateSettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>

namespace {

using namespace harbor;

// Written down in tests/data/golden/README.md; the tests use the same values.
const QString kVaultPassphrase = QStringLiteral("golden harbour lights 1");
const QString kBackupPassphrase = QStringLiteral("golden backup tide 1");
// Every date in the journal is fixed, so the tests can name them.
const QDateTime kStart(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

bool fail(const QString &message)
{
    std::fprintf(stderr, "harbor-golden: %s\n", qPrintable(message));
    return false;
}

QByteArray png()
{
    // A tiny picture with a known colour: the tests compare its bytes' hash.
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(QColor(0x12, 0x34, 0x56));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Two children, an observation edited once with a picture, a disclosure, a
// hotline call, a deleted and an erased entry, checklist progress and a
// private setting: one of everything the vault stores.
bool fillJournal(vault::Database &db, safety::ManualClock &clock, const content::PlatformGuide &guide)
{
    journal::ChildStore children(db, clock);
    journal::JournalStore store(db, clock);
    journal::Child ana { 0, QStringLiteral("Ana"), 2014,
        { { QStringLiteral("discord"), QStringLiteral("ana_draws") }, { QStringLiteral("roblox"), QString() } } };
    journal::Child leo { 0, QStringLiteral("Léo"), 2017, {} };
    if (!children.save(ana).ok() || !children.save(leo).ok()) {
        return fail(QStringLiteral("children"));
    }

    journal::Entry observation;
    observation.kind = journal::EntryKind::Observation;
    observation.childId = ana.id;
    observation.occurredAtMs = clock.nowMs() - 3'600'000;
    observation.platform = QStringLiteral("Discord");
    observation.account = QStringLiteral("xX_helper_Xx");
    observation.text = QStringLiteral("GOLDEN-ONE An adult asked Ana to move to a private chat and keep it secret.");
    observation.category = QStringLiteral("grooming");
    observation.severity = journal::Severity::Concern;
    observation.witnesses = QStringLiteral("Her brother");
    observation.place = QStringLiteral("Living room");
    observation.tags = QStringList { QStringLiteral("private-chat"), QStringLiteral("secret") };
    if (!store.save(observation).ok()) {
        return fail(QStringLiteral("observation"));
    }
    clock.advance(600'000);
    observation.actions = QStringLiteral("Took screenshots, blocked the account.");
    if (!store.save(observation).ok()
        || !store.addAttachment(observation.id, QStringLiteral("screenshot.png"), png()).ok()) {
        return fail(QStringLiteral("observation revision or attachment"));
    }

    clock.advance(86'400'000);
    journal::Entry disclosure;
    disclosure.kind = journal::EntryKind::Disclosure;
    disclosure.childId = leo.id;
    disclosure.occurredAtMs = clock.nowMs() - 1'800'000;
    disclosure.childWords = QStringLiteral("GOLDEN-TWO He said I must not tell you about the game.");
    disclosure.present = QStringLiteral("Me, in the car");
    disclosure.severity = journal::Severity::Urgent;
    if (!store.save(disclosure).ok()) {
        return fail(QStringLiteral("disclosure"));
    }

    clock.advance(3'600'000);
    journal::Entry call;
    call.kind = journal::EntryKind::HotlineCall;
    call.childId = leo.id;
    call.occurredAtMs = clock.nowMs() - 600'000;
    call.text = QStringLiteral("GOLDEN-THREE Called the hotline about the game chat.");
    call.answeredBy = QStringLiteral("Intake worker");
    call.reference = QStringLiteral("REF-2026-0042");
    call.said = QStringLiteral("They will pass it to the county.");
    call.nextSteps = QStringLiteral("Wait for a call back within 48 hours.");
    if (!store.save(call).ok()) {
        return fail(QStringLiteral("hotline call"));
    }

    clock.advance(60'000);
    journal::Entry removed;
    removed.childId = ana.id;
    removed.occurredAtMs = clock.nowMs() - 60'000;
    removed.text = QStringLiteral("GOLDEN-FOUR Written by mistake.");
    if (!store.save(removed).ok() || !store.remove(removed.id).ok()) {
        return fail(QStringLiteral("deleted entry"));
    }
    clock.advance(60'000);
    journal::Entry erased;
    erased.childId = leo.id;
    erased.occurredAtMs = clock.nowMs() - 60'000;
    erased.text = QStringLiteral("GOLDEN-FIVE Erased for good.");
    if (!store.save(erased).ok() || !store.erase(erased.id).ok()) {
        return fail(QStringLiteral("erased entry"));
    }

    content::ChecklistStore checklists(db);
    vault::PrivateSettings settings(db);
    if (!checklists.setDone(ana.id, guide, QStringLiteral("private"), true, clock.nowMs())
        || settings.setValue(QStringLiteral("report/prepared_by"), QByteArrayLiteral("A. Guardian"))
            != vault::Database::Error::None) {
        return fail(QStringLiteral("checklist or private setting"));
    }
    return true;
}

// vault-v1/ (journal.key, journal.db), then backup-v1/golden.harborbackup of
// the same journal.
bool writeVaultAndBackup(const QDir &out, const content::PlatformGuide &guide)
{
    const QString vaultDir = out.filePath(QStringLiteral("vault-v1"));
    const QString backupDir = out.filePath(QStringLiteral("backup-v1"));
    if (!QDir().mkpath(vaultDir) || !QDir().mkpath(backupDir)) {
        return fail(QStringLiteral("cannot make the output folders"));
    }
    safety::ManualClock clock(kStart.toMSecsSinceEpoch());
    vault::KeyVault keys(vaultDir, clock);
    std::optional<vault::RecoveryKey> recovery;
    vault::KeyVault::Unlocked unlocked;
    // The floor parameters SECURITY.md allows keep the tests quick; the
    // header records them, so any parameters would open the same way.
    if (keys.create(vault::SecureBuffer::fromUtf8(kVaultPassphrase), vault::KdfParams::floor(), &recovery, &unlocked)
            != vault::KeyVault::Error::None
        || !recovery) {
        return fail(QStringLiteral("cannot create the vault"));
    }
    if (vault::Migrations::apply(*unlocked.database) != vault::Database::Error::None
        || !fillJournal(*unlocked.database, clock, guide)) {
        return false;
    }
    // The settings the backup screen keeps (qml/Vault/BackupController).
    const QJsonObject settings { { QStringLiteral("region"), QStringLiteral("colorado") },
        { QStringLiteral("language"), QStringLiteral("es") }, { QStringLiteral("theme"), QStringLiteral("dark") },
        { QStringLiteral("idle_minutes"), 7 }, { QStringLiteral("background_grace_seconds"), 30 },
        { QStringLiteral("updates_consent"), QStringLiteral("off") } };
    QSaveFile backup(QDir(backupDir).filePath(QStringLiteral("golden.harborbackup")));
    if (!backup.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("cannot write the backup"));
    }
    journal::ChainHead head;
    const report::BackupError error = report::Backup::write(*unlocked.database,
        vault::SecureBuffer::fromUtf8(kBackupPassphrase), vault::KdfParams::floor(), settings, backup, {}, &head);
    if (!error.ok() || !backup.commit()) {
        return fail(QStringLiteral("backup: ") + error.detail);
    }
    // Closing checkpoints the WAL into journal.db: two files, as committed.
    unlocked.database.reset();
    QFile::remove(keys.backoffPath());
    std::printf("vault-v1: passphrase \"%s\", recovery key %s\n", qPrintable(kVaultPassphrase),
        qPrintable(recovery->toString()));
    std::printf("backup-v1: passphrase \"%s\", chain head %s, %lld links, %lld entries\n",
        qPrintable(kBackupPassphrase), qPrintable(head.hashHex()), static_cast<long long>(head.links),
        static_cast<long long>(head.entries));
    return true;
}

// pack-v1/: the pack published as harbor-pack publishes it, signed with a
// throwaway key whose public half is publisher-key.txt (the secret half is
// wiped here: nothing can sign another pack with it).
bool writePack(const QString &source, const QDir &out)
{
    QByteArray publicKey;
    QByteArray secretKey;
    updates::ManifestSignature::generateKeyPair(&publicKey, &secretKey);
    updates::PackPublisher::Release release;
    release.packFolder = source;
    release.outFolder = out.filePath(QStringLiteral("pack-v1"));
    release.secretKey = secretKey;
    release.published = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
    release.expires = release.published.addDays(365);
    release.minAppVersion = QStringLiteral("0.1.0");
    QString error;
    const auto manifest = updates::PackPublisher::publish(release, &error);
    secretKey.fill('\0');
    release.secretKey.fill('\0');
    if (!manifest) {
        return fail(QStringLiteral("pack: ") + error);
    }
    QFile keyFile(QDir(release.outFolder).filePath(QStringLiteral("publisher-key.txt")));
    if (!keyFile.open(QIODevice::WriteOnly)
        || keyFile.write(updates::PublisherKeys::format(publicKey).toLatin1() + '\n') <= 0) {
        return fail(QStringLiteral("cannot write the public key"));
    }
    std::printf("pack-v1: %s version %d, key %s\n", qPrintable(manifest->pack), manifest->version,
        qPrintable(updates::PublisherKeys::format(publicKey)));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: harbor-golden PACK_SOURCE OUT_DIR\n");
        return 2;
    }
    const QDir out(args.at(2));
    for (const QString &name : { QStringLiteral("vault-v1"), QStringLiteral("backup-v1"), QStringLiteral("pack-v1") }) {
        if (out.exists(name)) {
            fail(QStringLiteral("%1 exists: golden files are made once, never again").arg(out.filePath(name)));
            return 1;
        }
    }
    QString error;
    const auto pack = content::PackLoader::load(args.at(1), &error);
    if (!pack || !pack->problems.isEmpty() || pack->guides.isEmpty()) {
        fail(QStringLiteral("pack source: ") + error + pack.value_or(content::Pack {}).problems.join(QLatin1Char(' ')));
        return 1;
    }
    return writePack(args.at(1), out) && writeVaultAndBackup(out, pack->guides.constFirst()) ? 0 : 1;
}
