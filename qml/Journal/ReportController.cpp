// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportController.h"

#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "report/ReportBuilder.h"
#include "report/ReportPdfWriter.h"
#include "safety/Clock.h"
#include "vault/KeyVault.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

namespace harbor::journalui {

namespace {

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

// Is `passphrase` the journal's? Off the UI thread: Argon2id takes a second.
vault::KeyVault::Error checkPassphrase(
    const QString &dataDir, const safety::Clock &clock, const vault::SecureBuffer &passphrase)
{
    vault::KeyVault keys(dataDir, clock);
    vault::KeyVault::Unlocked unlocked;
    return keys.unlock(passphrase, &unlocked);
}

} // namespace

ReportController::ReportController(vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_categories([] { return journal::CategoryCatalog::builtIn(); })
    , m_language([] { return QStringLiteral("en"); })
{
    connect(&m_vault, &vault::Vault::stateChanged, this, [this] {
        if (m_vault.state() != vault::Vault::State::Unlocked) {
            m_summary.clear();
            m_entries.clear();
            m_selectedEntries.clear();
            Q_EMIT previewChanged();
        }
    });
}

ReportController::~ReportController()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

void ReportController::provide(ReportController *instance)
{
    s_instance = instance;
}

ReportController *ReportController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        qFatal("ReportController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void ReportController::setSources(CategorySource categories, LanguageSource language)
{
    m_categories = std::move(categories);
    m_language = std::move(language);
}

void ReportController::setMessage(const QString &message, bool failed, const QUrl &exported)
{
    m_message = message;
    m_failed = failed;
    m_exported = exported;
    Q_EMIT messageChanged();
}

std::optional<report::ReportDocument> ReportController::build(bool thumbnails, QString *error) const
{
    vault::Database *db = m_vault.database();
    if (!db) {
        *error = tr("Unlock the journal first.");
        return std::nullopt;
    }
    report::ReportSelection selection;
    for (const QVariant &id : m_childIds) {
        selection.childIds << id.toLongLong();
    }
    selection.from = dateOf(m_from);
    selection.to = dateOf(m_to);
    selection.categories = m_categoryIds;
    selection.preparedBy = m_preparedBy;
    selection.language = m_language();
    selection.thumbnails = thumbnails;
    journal::JournalError journalError;
    report::ReportDocument document
        = report::ReportBuilder(*db, m_categories(), m_clock).build(selection, &journalError);
    if (!journalError.ok()) {
        *error = journalError.message();
        return std::nullopt;
    }
    return document;
}

void ReportController::select(const QVariantList &childIds, const QString &from, const QString &to,
    const QStringList &categories, const QString &preparedBy)
{
    m_childIds = childIds;
    m_from = from;
    m_to = to;
    m_categoryIds = categories;
    m_preparedBy = preparedBy;
    QString error;
    // The preview runs on every change of the selection, on the UI thread:
    // no pictures are decoded for it.
    const auto document = build(false, &error);
    m_summary.clear();
    m_entries.clear();
    m_selectedEntries.clear();
    if (!document) {
        setMessage(error, true);
        Q_EMIT previewChanged();
        return;
    }
    const QLocale locale(document->language);
    for (const report::ReportEntry &entry : document->entries) {
        m_entries.append(QVariantMap {
            { QStringLiteral("number"), entry.number },
            { QStringLiteral("when"),
                locale.toString(
                    QDateTime::fromMSecsSinceEpoch(entry.occurredAtMs).toLocalTime(), QLocale::ShortFormat) },
            { QStringLiteral("child"), entry.child },
            { QStringLiteral("kind"), entry.kind },
            { QStringLiteral("severity"), entry.severity },
            { QStringLiteral("text"), entry.fields.isEmpty() ? QString() : entry.fields.constFirst().text.left(160) },
            { QStringLiteral("exhibits"), entry.exhibits.size() },
        });
    }
    for (const report::ReportEntry &entry : document->entries) {
        m_selectedEntries << entry.entryId;
    }
    m_summary = document->summary;
    setMessage({}, false);
    Q_EMIT previewChanged();
}

void ReportController::exportPdf(const QUrl &file, const QString &passphrase)
{
    if (busy()) {
        return;
    }
    if (!file.isLocalFile()) {
        setMessage(tr("Choose a file on this device."), true);
        return;
    }
    QString error;
    auto document = build(true, &error);
    if (!document) {
        setMessage(error, true);
        return;
    }
    auto secret = std::make_shared<vault::SecureBuffer>(vault::SecureBuffer::fromUtf8(passphrase));
    const QString dataDir = QFileInfo(m_vault.keys().databasePath()).absolutePath();
    const QString path = file.toLocalFile();
    auto outcome = std::make_shared<std::pair<bool, QString>>(false, QString());
    m_worker = QThread::create([this, secret, dataDir, path, outcome, doc = std::move(*document)]() mutable {
        if (const auto refused = checkPassphrase(dataDir, m_clock, *secret); refused != vault::KeyVault::Error::None) {
            outcome->second = refused == vault::KeyVault::Error::TryLater
                ? tr("Too many wrong passphrases. Wait a little, then try again.")
                : tr("That is not the journal's passphrase. Nothing was exported.");
            return;
        }
        // Pictures are decoded only now: after the passphrase, off the UI thread.
        report::ReportBuilder::addThumbnails(doc);
        QSaveFile out(path);
        QString writeError;
        // Readable by the user only: the report is not encrypted.
        const bool written = out.open(QIODevice::WriteOnly)
            && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && report::ReportPdfWriter::write(doc, out, &writeError) && out.commit();
        if (!written) {
            outcome->second = tr("The report could not be written there. Choose another place, or free some space.");
            return;
        }
        outcome->first = true;
    });
    connect(m_worker, &QThread::finished, this, [this, outcome, path] {
        m_worker->deleteLater();
        m_worker = nullptr;
        Q_EMIT busyChanged();
        if (outcome->first) {
            setMessage(tr("The report was saved as %1. It is not encrypted: keep it safe and share it only with the "
                          "people who need it.")
                           .arg(QFileInfo(path).fileName()),
                false, QUrl::fromLocalFile(path));
        } else {
            setMessage(outcome->second, true);
        }
    });
    m_worker->start();
    Q_EMIT busyChanged();
    setMessage(tr("Checking the passphrase and writing the report…"), false);
}

QVariantMap ReportController::callPrep() const
{
    vault::Database *db = m_vault.database();
    if (!db) {
        return {};
    }
    const journal::JournalStore store(*db, m_clock);
    const journal::ChildStore childStore(*db, m_clock);
    const QList<journal::Child> children = childStore.children();
    const QLocale locale(m_language());
    const int year = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().date().year();
    QStringList childLines;
    QStringList places;
    QStringList involved;
    QVariantList seen;
    QList<qint64> childIds;
    for (const qint64 id : m_selectedEntries) {
        const auto entry = store.entry(id);
        if (!entry) {
            continue;
        }
        if (entry->childId != 0 && !childIds.contains(entry->childId)) {
            childIds << entry->childId;
        }
        if (!entry->place.trimmed().isEmpty() && !places.contains(entry->place.trimmed())) {
            places << entry->place.trimmed();
        }
        for (const QString &who : { entry->account, entry->present, entry->witnesses }) {
            const QString person = who.trimmed();
            const QString line = entry->platform.isEmpty() || person != entry->account.trimmed()
                ? person
                : tr("%1 on %2").arg(person, entry->platform);
            if (!person.isEmpty() && !involved.contains(line)) {
                involved << line;
            }
        }
        seen.append(QVariantMap {
            { QStringLiteral("when"),
                locale.toString(
                    QDateTime::fromMSecsSinceEpoch(entry->occurredAtMs).toLocalTime(), QLocale::ShortFormat) },
            { QStringLiteral("what"), (entry->text.isEmpty() ? entry->childWords : entry->text).left(300) },
        });
    }
    for (const journal::Child &child : children) {
        if (!childIds.contains(child.id)) {
            continue;
        }
        childLines << (child.birthYear > 0
                ? tr("%1, about %2 years old").arg(child.nickname).arg(year - child.birthYear)
                : child.nickname);
    }
    return QVariantMap {
        { QStringLiteral("children"), childLines },
        { QStringLiteral("places"), places },
        { QStringLiteral("involved"), involved },
        { QStringLiteral("seen"), seen },
        { QStringLiteral("childId"), childIds.isEmpty() ? 0 : childIds.constFirst() },
    };
}

QVariantMap ReportController::callEntryFields() const
{
    const QVariantMap card = callPrep();
    QStringList about;
    for (const QVariant &item : card.value(QStringLiteral("seen")).toList()) {
        about << item.toMap().value(QStringLiteral("when")).toString();
    }
    return QVariantMap {
        { QStringLiteral("kind"), 2 },
        { QStringLiteral("draft"), true },
        { QStringLiteral("childId"), card.value(QStringLiteral("childId")) },
        { QStringLiteral("text"),
            tr("Called the hotline about what I wrote down on %1.")
                .arg(QLocale(m_language()).createSeparatedList(about)) },
    };
}

} // namespace harbor::journalui
