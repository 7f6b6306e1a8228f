// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"

namespace harbor::vault {

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit()
// succeeded. A write is reported as saved only after commit() returns None.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_error(db.begin())
    {
    }
    ~Transaction()
    {
        if (m_error == Database::Error::None && !m_committed) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error from BEGIN, if it failed.
    [[nodiscard]] Database::Error beginError() const { return m_error; }
    [[nodiscard]] Database::Error commit()
    {
        const Database::Error error = m_db.commit();
        m_committed = error == Database::Error::None;
        return error;
    }

private:
    Database &m_db;
    Database::Error m_error;
    bool m_committed = false;
};

} // namespace harbor::vault
