// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace harbor::test {

// A small valid pack (pack.json, one guide, one flow, resources) as JSON
// objects that a test can break one value at a time.
struct PackFixture
{
    QJsonObject pack;
    QJsonObject guide;
    QJsonObject flow;
    QJsonObject resources;

    static QJsonObject text(const char *en, const char *es)
    {
        return QJsonObject { { QStringLiteral("en"), QString::fromUtf8(en) },
            { QStringLiteral("es"), QString::fromUtf8(es) } };
    }
    static QJsonArray sources()
    {
        return QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("Help centre") },
            { QStringLiteral("url"), QStringLiteral("https://example.org/help") } } };
    }

    PackFixture()
    {
        pack = QJsonObject {
            { QStringLiteral("format"), 1 },
            { QStringLiteral("id"), QStringLiteral("test-pack") },
            { QStringLiteral("version"), 3 },
            { QStringLiteral("published"), QStringLiteral("2026-11-29") },
            { QStringLiteral("languages"), QJsonArray { QStringLiteral("en"), QStringLiteral("es") } },
            { QStringLiteral("files"),
                QJsonArray { QStringLiteral("guides/chat.json"), QStringLiteral("flows/help.json"),
                    QStringLiteral("resources.json") } },
        };
        guide = QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("platform-guide") },
            { QStringLiteral("id"), QStringLiteral("chat") },
            { QStringLiteral("name"), QStringLiteral("Chat") },
            { QStringLiteral("reviewed"), QStringLiteral("2026-11-01") },
            { QStringLiteral("sources"), sources() },
            { QStringLiteral("summary"), text("A chat app.", "Una app de chat.") },
            { QStringLiteral("age"), text("13 and up.", "Desde los 13.") },
            { QStringLiteral("steps"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("id"), QStringLiteral("private") },
                    { QStringLiteral("title"), text("Make it private", "Hágala privada") },
                    { QStringLiteral("where"), text("Settings > Privacy", "Settings > Privacy") },
                    { QStringLiteral("choose"), text("Private account", "Cuenta privada") },
                    { QStringLiteral("why"), text("Strangers cannot see posts.", "Los extraños no ven nada.") },
                } } },
            { QStringLiteral("family"), QJsonArray {} },
            { QStringLiteral("report"), QJsonArray { text("Tap Report.", "Toque Denunciar.") } },
            { QStringLiteral("risks"), QJsonArray { text("Messages from strangers.", "Mensajes de extraños.") } },
        };
        flow = QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("flow") },
            { QStringLiteral("id"), QStringLiteral("help") },
            { QStringLiteral("reviewed"), QStringLiteral("2026-11-01") },
            { QStringLiteral("sources"), sources() },
            { QStringLiteral("title"), text("Get help", "Pedir ayuda") },
            { QStringLiteral("steps"), QJsonArray { text("Stay calm.", "Mantenga la calma.") } },
            { QStringLiteral("call"), QJsonArray { QStringLiteral("emergency-911"), QStringLiteral("line") } },
            { QStringLiteral("writeDown"), QJsonArray { text("When.", "Cuándo.") } },
        };
        resources = QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("resources") },
            { QStringLiteral("id"), QStringLiteral("resources") },
            { QStringLiteral("reviewed"), QStringLiteral("2026-11-01") },
            { QStringLiteral("regions"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("id"), QStringLiteral("somewhere") },
                    { QStringLiteral("name"), text("Somewhere", "Algún lugar") },
                    { QStringLiteral("hotline"), QStringLiteral("line") },
                    { QStringLiteral("resources"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("id"), QStringLiteral("line") },
                            { QStringLiteral("name"), text("The line", "La línea") },
                            { QStringLiteral("for"), text("Reports.", "Denuncias.") },
                            { QStringLiteral("phone"),
                                QJsonObject { { QStringLiteral("number"), QStringLiteral("8442645437") },
                                    { QStringLiteral("display"), QStringLiteral("844-264-5437") } } },
                            { QStringLiteral("audience"), QStringLiteral("everyone") },
                            { QStringLiteral("source"), QStringLiteral("https://example.org/line") },
                        } } },
                } } },
        };
    }

    [[nodiscard]] QMap<QString, QByteArray> files() const
    {
        return {
            { QStringLiteral("pack.json"), QJsonDocument(pack).toJson() },
            { QStringLiteral("guides/chat.json"), QJsonDocument(guide).toJson() },
            { QStringLiteral("flows/help.json"), QJsonDocument(flow).toJson() },
            { QStringLiteral("resources.json"), QJsonDocument(resources).toJson() },
        };
    }
};

} // namespace harbor::test
