// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PrivateSettings.h"

namespace harbor::vault {

QByteArray PrivateSettings::value(const QString &key, const QByteArray &fallback) const
{
    Database::Statement select = m_db.prepare("SELECT value FROM private_settings WHERE key = ?1");
    select.bind(1, key);
    return select.step() ? select.columnBlob(0) : fallback;
}

Database::Error PrivateSettings::setValue(const QString &key, const QByteArray &value)
{
    Database::Statement upsert = m_db.prepare("INSERT OR REPLACE INTO private_settings (key, value) VALUES (?1, ?2)");
    upsert.bind(1, key);
    upsert.bindBlob(2, value);
    (void)upsert.step();
    return upsert.error();
}

} // namespace harbor::vault
