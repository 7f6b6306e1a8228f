// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalController.h"

#include "AttachmentImageProvider.h"
#include "LanguageWatcher.h"
#include "journal/Attachment.h"
#include "journal/JournalVerifier.h"
#include "safety/Clock.h"
#include "vault/PrivateSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>

namespace harbor::journalui {

using journal::Entry;
using journal::JournalError;

namespace {

const QString kImageRuleKey = QStringLiteral("journal.image-rule-acknowledged");

} // namespace

JournalController::JournalController(vault::Vault &vault, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_categories(journal::CategoryCatalog::builtIn())
    , m_clipboardGuard(
          qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr)
{
    connect(&m_vault, &vault::Vault::stateChanged, this, &JournalController::vaultStateChanged);
    connect(&m_vault, &vault::Vault::aboutToLock, this, &JournalController::aboutToLock);
    // Category titles and the list's day headings follow the language.
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, [this] {
        reloadCategories();
        m_entries.reload();
    });
    // One entry saved, deleted or erased: the models update its row only,
    // keeping the pages already loaded.
    for (auto signal :
        { &JournalController::entryAdded, &JournalController::entryChanged, &JournalController::entryRemoved }) {
        connect(this, signal, &m_entries, &EntryListModel::refreshEntry);
        connect(this, signal, &m_timeline, &TimelineModel::refresh);
        connect(this, signal, this, &JournalController::platformsChanged);
    }
    vaultStateChanged();
}

JournalController::~JournalController() = default;

void JournalController::setCategorySource(std::function<journal::CategoryCatalog()> source)
{
    m_categorySource = std::move(source);
    reloadCategories();
}

void JournalController::reloadCategories()
{
    m_categories = m_categorySource ? m_categorySource() : journal::CategoryCatalog::builtIn();
    m_entries.categoriesChanged();
    Q_EMIT categoriesChanged();
}

JournalController *JournalController::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    auto *instance = ui::providedSingleton<JournalController>("JournalController");
    // Attachments are shown straight from the encrypted database: no file.
    if (qmlEngine && !qmlEngine->imageProvider(AttachmentImageProvider::kId)) {
        qmlEngine->addImageProvider(AttachmentImageProvider::kId, new AttachmentImageProvider(instance));
    }
    return instance;
}

void JournalController::vaultStateChanged()
{
    vault::Database *db = m_vault.state() == vault::Vault::State::Unlocked ? m_vault.database() : nullptr;
    const bool wasReady = isReady();
    if (db && m_store && db == m_database) {
        return;
    }
    // Every model forgets its rows before the stores go (a lock, or a new
    // connection after an unlock while open).
    m_entries.setSource(nullptr, nullptr);
    m_timeline.setSource(nullptr);
    if (db) {
        m_database = db;
        m_store = std::make_unique<journal::JournalStore>(*db, m_clock);
        m_childStore = std::make_unique<journal::ChildStore>(*db, m_clock);
        m_query = std::make_unique<journal::JournalQuery>(*db);
        m_children.setChildren(m_childStore->children());
    } else {
        // The search words and filters are the journal's too: forgotten on
        // lock, so the next unlock starts from every entry, as its empty
        // search box says.
        m_entries.clearFilters();
        m_children.setChildren({});
        m_query.reset();
        m_childStore.reset();
        m_store.reset();
        m_database = nullptr;
        m_lastError = {};
    }
    m_entries.setSource(m_query.get(), &m_categories);
    m_timeline.setSource(m_query.get());
    // Text copied from the open journal leaves the clipboard after 30 s,
    // and at once on lock.
    m_clipboardGuard.setActive(isReady());
    if (wasReady != isReady()) {
        Q_EMIT readyChanged();
        Q_EMIT platformsChanged();
        Q_EMIT imageRuleAcknowledgedChanged();
        Q_EMIT statusChanged();
    }
}

bool JournalController::report(const JournalError &error)
{
    m_lastError = error;
    Q_EMIT statusChanged();
    return error.ok();
}

ui::Status JournalController::status() const
{
    return m_lastError.ok() ? ui::Status::idle() : ui::Status::failure(m_lastError.message(), m_lastError.field);
}

void JournalController::clearError()
{
    report({});
}

void JournalController::childrenEdited(qint64 childId)
{
    m_children.setChildren(m_childStore->children());
    // Rows show the child's nickname (a removed child has no entries).
    m_entries.refreshChild(childId);
    Q_EMIT platformsChanged();
    Q_EMIT childrenChanged();
}

qint64 JournalController::nowMs() const
{
    return m_clock.nowMs();
}

QStringList JournalController::categoryIds() const
{
    return m_categories.ids();
}

QStringList JournalController::categoryTitles() const
{
    return m_categories.titles();
}

QString JournalController::categoryTitle(const QString &id) const
{
    return m_categories.title(id);
}

QStringList JournalController::platforms() const
{
    QStringList result;
    for (const journal::Child &child : m_children.children()) {
        for (const journal::ChildPlatform &platform : child.platforms) {
            result.append(platform.platform);
        }
    }
    if (m_query) {
        result.append(m_query->platforms());
    }
    result.removeDuplicates();
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool JournalController::imageRuleAcknowledged() const
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    return db && vault::PrivateSettings(*db).value(kImageRuleKey) == "1";
}

void JournalController::acknowledgeImageRule()
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    if (!db) {
        report({ JournalError::Code::Locked, {} });
        return;
    }
    if (report(JournalError::fromDatabase(vault::PrivateSettings(*db).setValue(kImageRuleKey, "1")))) {
        Q_EMIT imageRuleAcknowledgedChanged();
    }
}

qint64 JournalController::quickAdd(const QString &note, qint64 childId)
{
    Entry e = newEntry();
    e.text = note;
    e.childId = childId;
    e.draft = true;
    return save(e);
}

Entry JournalController::newEntry(int kind) const
{
    return Entry::started(static_cast<journal::EntryKind>(kind), m_clock.nowMs());
}

std::optional<Entry> JournalController::entry(qint64 entryId)
{
    if (!m_store) {
        return std::nullopt;
    }
    JournalError error;
    auto found = m_store->entry(entryId, &error);
    if (!found) {
        report(error);
    }
    return found;
}

qint64 JournalController::save(const Entry &entry)
{
    if (!m_store) {
        report({ JournalError::Code::Locked, {} });
        return 0;
    }
    Entry e = entry.tidied();
    const bool added = e.id == 0;
    if (!report(m_store->save(e))) {
        return 0;
    }
    if (added) {
        Q_EMIT entryAdded(e.id);
    } else {
        Q_EMIT entryChanged(e.id);
    }
    return e.id;
}

qint64 JournalController::saveEntry(const QVariantMap &fields)
{
    Entry e = newEntry(fields.value(QStringLiteral("kind")).toInt());
    QString refused;
    if (!e.assign(fields, &refused)) {
        report({ JournalError::Code::InvalidValue, refused });
        return 0;
    }
    return save(e);
}

bool JournalController::deleteEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->remove(entryId))) {
        return false;
    }
    Q_EMIT entryRemoved(entryId);
    return true;
}

bool JournalController::restoreEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->restore(entryId))) {
        return false;
    }
    Q_EMIT entryAdded(entryId);
    return true;
}

bool JournalController::eraseEntry(qint64 entryId)
{
    if (!m_store || !report(m_store->erase(entryId))) {
        return false;
    }
    Q_EMIT entryRemoved(entryId);
    return true;
}

QList<journal::Revision> JournalController::revisions(qint64 entryId) const
{
    return m_store ? m_store->revisions(entryId) : QList<journal::Revision> {};
}

bool JournalController::addAttachment(qint64 entryId, const QUrl &file)
{
    if (!m_store) {
        return report({ JournalError::Code::Locked, {} });
    }
    if (!imageRuleAcknowledged()) {
        return report({ JournalError::Code::InvalidValue, QStringLiteral("imageRule") });
    }
    QByteArray bytes;
    if (!report(journal::Attachment::readFile(file.toLocalFile(), &bytes))
        || !report(m_store->addAttachment(entryId, QFileInfo(file.toLocalFile()).fileName(), bytes))) {
        return false;
    }
    Q_EMIT entryChanged(entryId);
    return true;
}

qint64 JournalController::saveChild(const QVariantMap &fields)
{
    if (!m_childStore) {
        report({ JournalError::Code::Locked, {} });
        return 0;
    }
    journal::Child child;
    child.id = fields.value(QStringLiteral("childId")).toLongLong();
    child.nickname = fields.value(QStringLiteral("nickname")).toString();
    child.birthYear = fields.value(QStringLiteral("birthYear")).toInt();
    for (const QVariant &value : fields.value(QStringLiteral("platforms")).toList()) {
        const QVariantMap platform = value.toMap();
        const QString name = platform.value(QStringLiteral("platform")).toString().trimmed();
        if (!name.isEmpty()) {
            child.platforms.append({ name, platform.value(QStringLiteral("handle")).toString() });
        }
    }
    if (!report(m_childStore->save(child))) {
        return 0;
    }
    childrenEdited(child.id);
    return child.id;
}

bool JournalController::removeChild(qint64 childId)
{
    if (!m_childStore || !report(m_childStore->remove(childId))) {
        return false;
    }
    if (m_entries.childId() == childId) {
        m_entries.setChildId(0);
    }
    if (m_timeline.childId() == childId) {
        m_timeline.setChildId(0);
    }
    childrenEdited(childId);
    return true;
}

VerifyOutcome JournalController::verify()
{
    vault::Database *db = m_store ? m_vault.database() : nullptr;
    if (!db) {
        report({ JournalError::Code::Locked, {} });
        return {};
    }
    return VerifyOutcome::of(journal::JournalVerifier::verify(*db));
}

void JournalController::countAttachmentPages(qint64 entryId, const QString &sha256Hex)
{
    // The bytes are read here (the database is on this thread); the PDF is
    // parsed in the helper while the UI goes on.
    AttachmentImageProvider::countPages(sha256Hex, attachmentData(entryId, QByteArray::fromHex(sha256Hex.toLatin1())),
        this, [this, entryId, sha256Hex](int pages) {
            Q_EMIT attachmentPagesCounted(static_cast<int>(entryId), sha256Hex, pages);
        });
}

QByteArray JournalController::attachmentData(qint64 entryId, const QByteArray &sha256) const
{
    return m_store ? m_store->attachmentData(entryId, sha256) : QByteArray();
}

} // namespace harbor::journalui
