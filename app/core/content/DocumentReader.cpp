// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/DocumentReader.h"

#include "safety/PhoneNumber.h"

#include <QRegularExpression>
#include <QUrl>

namespace harbor::content {

namespace {

bool isId(const QString &text)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*")));
    return text.size() <= DocumentReader::kMaxIdChars && pattern.match(text).hasMatch();
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

} // namespace

DocumentReader::DocumentReader(QString file, QStringList languages)
    : m_file(std::move(file))
    , m_languages(std::move(languages))
{
}

QString DocumentReader::child(const QString &path, const char *key)
{
    return path + QLatin1Char('/') + QLatin1String(key);
}

void DocumentReader::fail(const QString &path, const QString &reason)
{
    if (m_problem.isEmpty()) {
        m_problem = QStringLiteral("%1: %2: %3").arg(m_file, path.isEmpty() ? QStringLiteral("/") : path, reason);
    }
}

void DocumentReader::onlyKeys(
    const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (std::none_of(allowed.begin(), allowed.end(), [&key](const char *name) { return key == name; })) {
            fail(path + QLatin1Char('/') + it.key(), QStringLiteral("unknown key"));
            return;
        }
    }
}

QJsonObject DocumentReader::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, QStringLiteral("expected an object"));
        return {};
    }
    return value.toObject();
}

QJsonArray DocumentReader::array(const QJsonObject &parent, const char *key, const QString &path, int minimum)
{
    const QString here = child(path, key);
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(here, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a list"));
        return {};
    }
    QJsonArray result = value.toArray();
    if (result.size() < minimum) {
        fail(here, QStringLiteral("needs at least %1 item(s)").arg(minimum));
        return {};
    }
    return result;
}

QString DocumentReader::string(const QJsonObject &parent, const char *key, const QString &path, int maxChars)
{
    const QString here = child(path, key);
    const QJsonValue value = parent.value(QLatin1String(key));
    if (!value.isString()) {
        fail(here, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected text"));
        return {};
    }
    QString result = value.toString();
    if (result.trimmed().isEmpty()) {
        fail(here, QStringLiteral("empty text"));
        return {};
    }
    if (result.size() > maxChars) {
        fail(here, QStringLiteral("longer than %1 characters").arg(maxChars));
        return {};
    }
    return result;
}

QString DocumentReader::id(const QJsonObject &parent, const char *key, const QString &path)
{
    QString result = string(parent, key, path, kMaxIdChars + 1);
    if (ok() && !isId(result)) {
        fail(child(path, key), QStringLiteral("not an id (lowercase words joined by '-')"));
        return {};
    }
    return result;
}

QStringList DocumentReader::ids(const QJsonObject &parent, const char *key, const QString &path, int minimum)
{
    QStringList result;
    const QJsonArray list = array(parent, key, path, minimum);
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString value = list.at(i).toString();
        if (!isId(value)) {
            fail(indexed(child(path, key), i), QStringLiteral("not an id"));
        }
        result.append(value);
    }
    return result;
}

Text DocumentReader::text(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(
            path, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a text in each language"));
        return {};
    }
    const QJsonObject object = value.toObject();
    Text result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!m_languages.contains(it.key())) {
            fail(path + QLatin1Char('/') + it.key(), QStringLiteral("not a language of this pack"));
            return {};
        }
    }
    for (const QString &language : std::as_const(m_languages)) {
        const QString here = path + QLatin1Char('/') + language;
        const QJsonValue text = object.value(language);
        if (!text.isString()) {
            fail(here, text.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected text"));
            return {};
        }
        if (text.toString().trimmed().isEmpty()) {
            fail(here, QStringLiteral("empty text"));
            return {};
        }
        if (text.toString().size() > kMaxTextChars) {
            fail(here, QStringLiteral("longer than %1 characters").arg(kMaxTextChars));
            return {};
        }
        result.byLanguage.insert(language, text.toString());
    }
    return result;
}

Text DocumentReader::text(const QJsonObject &parent, const char *key, const QString &path)
{
    return text(parent.value(QLatin1String(key)), child(path, key));
}

QList<Text> DocumentReader::texts(const QJsonObject &parent, const char *key, const QString &path, int minimum)
{
    QList<Text> result;
    const QJsonArray list = array(parent, key, path, minimum);
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        result.append(text(list.at(i), indexed(child(path, key), i)));
    }
    return result;
}

QDate DocumentReader::date(const QJsonObject &parent, const char *key, const QString &path)
{
    const QString value = string(parent, key, path, 10);
    const QDate result = QDate::fromString(value, Qt::ISODate);
    if (ok() && (!result.isValid() || value.size() != 10)) {
        fail(child(path, key), QStringLiteral("not a date (YYYY-MM-DD)"));
    }
    return result;
}

QString DocumentReader::url(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    if (!required && !parent.contains(QLatin1String(key))) {
        return {};
    }
    QString value = string(parent, key, path, 2000);
    const QUrl parsed(value, QUrl::StrictMode);
    if (ok() && (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())) {
        fail(child(path, key), QStringLiteral("not an https address"));
        return {};
    }
    return value;
}

QList<Source> DocumentReader::sources(const QJsonObject &parent, const QString &path)
{
    QList<Source> result;
    const QJsonArray list = array(parent, "sources", path, 1);
    for (qsizetype i = 0; i < list.size() && ok(); ++i) {
        const QString here = indexed(child(path, "sources"), i);
        const QJsonObject source = object(list.at(i), here);
        onlyKeys(source, here, { "title", "url" });
        result.append(Source { string(source, "title", here, 300), url(source, "url", here, true) });
    }
    return result;
}

PhoneNumberRef DocumentReader::phone(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue value = parent.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    const QString here = child(path, key);
    const QJsonObject object = this->object(value, here);
    onlyKeys(object, here, { "number", "display" });
    const QString number = string(object, "number", here, 16);
    const QString display = string(object, "display", here, 40);
    if (!ok()) {
        return {};
    }
    static const QRegularExpression digitsOnly(QRegularExpression::anchoredPattern(QStringLiteral("\\+?[0-9]{2,15}")));
    safety::PhoneNumber::Error error = safety::PhoneNumber::Error::None;
    const auto parsed = safety::PhoneNumber::parse(number, &error);
    if (!digitsOnly.match(number).hasMatch() || !parsed) {
        fail(child(here, "number"), QStringLiteral("not a phone number that may be dialled"));
        return {};
    }
    // What people read must be the same number.
    const auto shown = safety::PhoneNumber::parse(display);
    if (!shown || shown->digits() != parsed->digits()) {
        fail(child(here, "display"), QStringLiteral("does not show the same number"));
        return {};
    }
    return PhoneNumberRef { number, display };
}

} // namespace harbor::content
