// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>

namespace harbor::content {

// Reads one JSON document of a pack strictly (SCHEMA.md): every value is
// checked where it is read, and the first problem is kept as
// "file: /json/path: reason". After a problem, reads return empty values.
class DocumentReader
{
public:
    DocumentReader(QString file, QStringList languages);

    [[nodiscard]] bool ok() const { return m_problem.isEmpty(); }
    [[nodiscard]] const QString &problem() const { return m_problem; }
    void fail(const QString &path, const QString &reason);

    // Refuses keys other than `allowed` (a typo would otherwise be ignored).
    void onlyKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed);
    [[nodiscard]] QJsonObject object(const QJsonValue &value, const QString &path);
    [[nodiscard]] QJsonArray array(const QJsonObject &parent, const char *key, const QString &path, int minimum);

    [[nodiscard]] QString id(const QJsonObject &parent, const char *key, const QString &path);
    [[nodiscard]] QStringList ids(const QJsonObject &parent, const char *key, const QString &path, int minimum);
    [[nodiscard]] QString string(const QJsonObject &parent, const char *key, const QString &path, int maxChars);
    [[nodiscard]] Text text(const QJsonObject &parent, const char *key, const QString &path);
    [[nodiscard]] Text text(const QJsonValue &value, const QString &path);
    [[nodiscard]] QList<Text> texts(const QJsonObject &parent, const char *key, const QString &path, int minimum);
    [[nodiscard]] QDate date(const QJsonObject &parent, const char *key, const QString &path);
    [[nodiscard]] QString url(const QJsonObject &parent, const char *key, const QString &path, bool required);
    [[nodiscard]] QList<Source> sources(const QJsonObject &parent, const QString &path);
    // An optional {"number", "display"}; validated as SECURITY.md says.
    [[nodiscard]] PhoneNumberRef phone(const QJsonObject &parent, const char *key, const QString &path);

    static constexpr int kMaxTextChars = 4000;
    static constexpr int kMaxIdChars = 64;

private:
    [[nodiscard]] static QString child(const QString &path, const char *key);

    QString m_file;
    QStringList m_languages;
    QString m_problem;
};

} // namespace harbor::content
