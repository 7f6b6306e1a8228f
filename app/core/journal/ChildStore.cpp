// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/ChildStore.h"

#include "safety/Clock.h"
#include "vault/Transaction.h"

#include <QDateTime>

namespace harbor::journal {

using vault::Database;

ChildStore::ChildStore(Database &db, const safety::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QList<Child> ChildStore::children(JournalError *error) const
{
    QList<Child> result;
    Database::Statement list = m_db.prepare("SELECT id, nickname, birth_year FROM children ORDER BY nickname, id");
    while (list.step()) {
        result.append(Child { list.columnInt(0), list.columnText(1), static_cast<int>(list.columnInt(2)), {} });
    }
    Database::Statement platforms
        = m_db.prepare("SELECT child_id, platform, handle FROM child_platforms ORDER BY child_id, position");
    while (platforms.step()) {
        const qint64 childId = platforms.columnInt(0);
        for (Child &child : result) {
            if (child.id == childId) {
                child.platforms.append(ChildPlatform { platforms.columnText(1), platforms.columnText(2) });
            }
        }
    }
    if (error) {
        *error = JournalError::fromDatabase(list.error() != Database::Error::None ? list.error() : platforms.error());
    }
    return result;
}

JournalError ChildStore::validate(const Child &child) const
{
    if (child.nickname.trimmed().isEmpty()) {
        return { JournalError::Code::Required, QStringLiteral("nickname") };
    }
    if (child.nickname.size() > kMaxNicknameChars) {
        return { JournalError::Code::InvalidValue, QStringLiteral("nickname") };
    }
    const int thisYear = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date().year();
    if (child.birthYear != 0 && (child.birthYear > thisYear || child.birthYear < thisYear - kOldestAge)) {
        return { JournalError::Code::InvalidValue, QStringLiteral("birthYear") };
    }
    for (const ChildPlatform &platform : child.platforms) {
        if (platform.platform.trimmed().isEmpty()) {
            return { JournalError::Code::Required, QStringLiteral("platform") };
        }
    }
    return {};
}

JournalError ChildStore::save(Child &child)
{
    if (JournalError invalid = validate(child); !invalid.ok()) {
        return invalid;
    }
    vault::Transaction transaction(m_db);
    if (transaction.beginError() != Database::Error::None) {
        return JournalError::fromDatabase(transaction.beginError());
    }
    qint64 id = child.id;
    if (id == 0) {
        Database::Statement insert
            = m_db.prepare("INSERT INTO children (nickname, birth_year, created_at) VALUES (?1, ?2, ?3)");
        insert.bind(1, child.nickname.trimmed());
        insert.bind(2, static_cast<qint64>(child.birthYear));
        insert.bind(3, m_clock.nowMs());
        (void)insert.step();
        if (insert.error() != Database::Error::None) {
            return JournalError::fromDatabase(insert.error());
        }
        id = m_db.lastInsertRowId();
    } else {
        Database::Statement update = m_db.prepare("UPDATE children SET nickname = ?1, birth_year = ?2 WHERE id = ?3");
        update.bind(1, child.nickname.trimmed());
        update.bind(2, static_cast<qint64>(child.birthYear));
        update.bind(3, id);
        (void)update.step();
        if (update.error() != Database::Error::None) {
            return JournalError::fromDatabase(update.error());
        }
        if (m_db.changes() == 0) {
            return { JournalError::Code::NotFound, {} };
        }
        Database::Statement clear = m_db.prepare("DELETE FROM child_platforms WHERE child_id = ?1");
        clear.bind(1, id);
        (void)clear.step();
        if (clear.error() != Database::Error::None) {
            return JournalError::fromDatabase(clear.error());
        }
    }
    Database::Statement addPlatform
        = m_db.prepare("INSERT INTO child_platforms (child_id, position, platform, handle) VALUES (?1, ?2, ?3, ?4)");
    for (qsizetype i = 0; i < child.platforms.size(); ++i) {
        addPlatform.reset();
        addPlatform.bind(1, id);
        addPlatform.bind(2, static_cast<qint64>(i));
        addPlatform.bind(3, child.platforms.at(i).platform.trimmed());
        addPlatform.bind(4, child.platforms.at(i).handle.trimmed());
        (void)addPlatform.step();
        if (addPlatform.error() != Database::Error::None) {
            return JournalError::fromDatabase(addPlatform.error());
        }
    }
    if (const Database::Error error = transaction.commit(); error != Database::Error::None) {
        return JournalError::fromDatabase(error);
    }
    child.id = id;
    return {};
}

JournalError ChildStore::remove(qint64 id)
{
    Database::Statement used = m_db.prepare("SELECT count(*) FROM entries WHERE child_id = ?1");
    used.bind(1, id);
    if (!used.step()) {
        return JournalError::fromDatabase(used.error());
    }
    if (used.columnInt(0) > 0) {
        return { JournalError::Code::ChildHasEntries, {} };
    }
    vault::Transaction transaction(m_db);
    if (transaction.beginError() != Database::Error::None) {
        return JournalError::fromDatabase(transaction.beginError());
    }
    Database::Statement remove = m_db.prepare("DELETE FROM children WHERE id = ?1");
    remove.bind(1, id);
    (void)remove.step();
    if (remove.error() != Database::Error::None) {
        return JournalError::fromDatabase(remove.error());
    }
    if (m_db.changes() == 0) {
        return { JournalError::Code::NotFound, {} };
    }
    return JournalError::fromDatabase(transaction.commit());
}

} // namespace harbor::journal
