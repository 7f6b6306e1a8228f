// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Database.h"

#include <QByteArray>
#include <QString>

namespace harbor::vault {

// Settings that say something about the user (checklist progress, that
// they read the rule on images of children, report choices) live inside
// the encrypted vault, never in settings.ini.
class PrivateSettings
{
public:
    explicit PrivateSettings(Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] QByteArray value(const QString &key, const QByteArray &fallback = {}) const;
    [[nodiscard]] Database::Error setValue(const QString &key, const QByteArray &value);

private:
    Database &m_db;
};

} // namespace harbor::vault
