// SPDX-License-Identifier: GPL-3.0-or-later
// Content packs: every malformed input is refused with its precise error
// (the file, the path inside it, the reason). A broken pack.json refuses the
// pack; a broken document is left out and the rest stays usable.
#include "PackFixture.h"
#include "TestMain.h"
#include "content/PackParser.h"

#include <functional>
#include <utility>

using harbor::content::Pack;
using harbor::content::PackParser;
using harbor::test::PackFixture;

namespace {

using Mutation = std::function<void(PackFixture &, QMap<QString, QByteArray> &)>;

QJsonObject withStep(QJsonObject guide, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = guide.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(0).toObject();
    step.insert(key, value);
    steps.replace(0, step);
    guide.insert(QStringLiteral("steps"), steps);
    return guide;
}

QJsonObject withResource(QJsonObject resources, const QString &key, const QJsonValue &value)
{
    QJsonArray regions = resources.value(QStringLiteral("regions")).toArray();
    QJsonObject region = regions.at(0).toObject();
    QJsonArray list = region.value(QStringLiteral("resources")).toArray();
    QJsonObject resource = list.at(0).toObject();
    if (value.isUndefined()) {
        resource.remove(key);
    } else {
        resource.insert(key, value);
    }
    list.replace(0, resource);
    region.insert(QStringLiteral("resources"), list);
    regions.replace(0, region);
    resources.insert(QStringLiteral("regions"), regions);
    return resources;
}

} // namespace

class TestPackParser : public QObject
{
    Q_OBJECT

    static QMap<QString, QByteArray> mutated(const Mutation &mutation)
    {
        PackFixture fixture;
        QMap<QString, QByteArray> files;
        mutation(fixture, files);
        QMap<QString, QByteArray> result = fixture.files();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.value().isNull()) {
                result.remove(it.key());
            } else {
                result.insert(it.key(), it.value());
            }
        }
        return result;
    }

private Q_SLOTS:
    void validPackLoads()
    {
        QString error;
        const auto pack = PackParser::parse(PackFixture().files(), &error);
        QVERIFY2(pack, qPrintable(error));
        QCOMPARE(pack->problems, QStringList());
        QCOMPARE(pack->version, 3);
        QCOMPARE(pack->guides.size(), 1);
        QCOMPARE(
            pack->guides.at(0).steps.at(0).why.in(QStringLiteral("es")), QStringLiteral("Los extraños no ven nada."));
        QCOMPARE(pack->guides.at(0).revision.size(), 64);
        QCOMPARE(pack->flows.at(0).call, (QStringList { QStringLiteral("emergency-911"), QStringLiteral("line") }));
        QCOMPARE(pack->regions.at(0).hotline, QStringLiteral("line"));
        QCOMPARE(pack->resource(QStringLiteral("line"))->phone.number, QStringLiteral("8442645437"));
        QVERIFY(pack->resource(QStringLiteral("emergency-911")));
        // A language the pack lacks falls back to English.
        QCOMPARE(pack->guides.at(0).summary.in(QStringLiteral("fr")), QStringLiteral("A chat app."));
    }

    void brokenPackJsonRefusesThePack_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        auto packSet = [](const char *key, const QJsonValue &value) {
            return Mutation([key, value](PackFixture &f, QMap<QString, QByteArray> &files) {
                f.pack.insert(QLatin1String(key), value);
                files.insert(QStringLiteral("pack.json"), QJsonDocument(f.pack).toJson());
            });
        };
        QTest::newRow("no pack.json") << Mutation([](PackFixture &, QMap<QString, QByteArray> &files) {
            files.insert(QStringLiteral("pack.json"), QByteArray());
        }) << QStringLiteral("pack.json: missing");
        QTest::newRow("not json") << Mutation([](PackFixture &, QMap<QString, QByteArray> &files) {
            files.insert(QStringLiteral("pack.json"), QByteArray("{\"format\": 1,"));
        }) << QStringLiteral("pack.json: not valid JSON at byte 13 (unterminated object)");
        QTest::newRow("an array") << Mutation([](PackFixture &, QMap<QString, QByteArray> &files) {
            files.insert(QStringLiteral("pack.json"), QByteArray("[1]"));
        }) << QStringLiteral("pack.json: /: expected an object");
        QTest::newRow("future format") << packSet("format", 2)
                                       << QStringLiteral("pack.json: /format: this app reads format 1");
        QTest::newRow("unknown key") << packSet("signature", QStringLiteral("x"))
                                     << QStringLiteral("pack.json: /signature: unknown key");
        QTest::newRow("version zero") << packSet("version", 0)
                                      << QStringLiteral("pack.json: /version: expected a whole number from 1");
        QTest::newRow("version fraction")
            << packSet("version", 1.5) << QStringLiteral("pack.json: /version: expected a whole number from 1");
        QTest::newRow("bad date") << packSet("published", QStringLiteral("2026-13-01"))
                                  << QStringLiteral("pack.json: /published: not a date (YYYY-MM-DD)");
        QTest::newRow("no english") << packSet("languages", QJsonArray { QStringLiteral("es") })
                                    << QStringLiteral("pack.json: /languages: English (en) is required");
        QTest::newRow("path escapes") << packSet("files", QJsonArray { QStringLiteral("../secret.json") })
                                      << QStringLiteral("pack.json: /files/0: not a path inside the pack");
        QTest::newRow("listed file missing")
            << packSet("files", QJsonArray { QStringLiteral("guides/chat.json"), QStringLiteral("guides/gone.json") })
            << QStringLiteral("pack.json: /files/1: guides/gone.json is missing");
        QTest::newRow("no files") << packSet("files", QJsonArray {})
                                  << QStringLiteral("pack.json: /files: needs at least 1 item(s)");
        QTest::newRow("oversized file") << Mutation([](PackFixture &, QMap<QString, QByteArray> &files) {
            files.insert(QStringLiteral("guides/chat.json"), QByteArray(PackParser::kMaxFileBytes + 1, ' '));
        }) << QStringLiteral("guides/chat.json: larger than 2097152 bytes");
    }
    void brokenPackJsonRefusesThePack()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PackParser::parse(mutated(mutation), &error));
        QCOMPARE(error, expected);
    }

    void brokenDocumentIsLeftOut_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        auto guideWith = [](const std::function<QJsonObject(QJsonObject)> &change) {
            return Mutation([change](PackFixture &f, QMap<QString, QByteArray> &files) {
                files.insert(QStringLiteral("guides/chat.json"), QJsonDocument(change(f.guide)).toJson());
            });
        };
        auto guideSet = [guideWith](const char *key, const QJsonValue &value) {
            return guideWith([key, value](QJsonObject g) {
                g.insert(QLatin1String(key), value);
                return g;
            });
        };
        QTest::newRow("spanish missing") << guideWith([](QJsonObject g) {
            g.insert(
                QStringLiteral("summary"), QJsonObject { { QStringLiteral("en"), QStringLiteral("Only English") } });
            return g;
        }) << QStringLiteral("guides/chat.json: /summary/es: missing");
        QTest::newRow("empty text") << guideWith([](QJsonObject g) {
            return withStep(std::move(g), QStringLiteral("why"), PackFixture::text("Because.", "  "));
        }) << QStringLiteral("guides/chat.json: /steps/0/why/es: empty text");
        QTest::newRow("unknown language") << guideSet("age",
            QJsonObject { { QStringLiteral("en"), QStringLiteral("13") },
                { QStringLiteral("es"), QStringLiteral("13") }, { QStringLiteral("fr"), QStringLiteral("13") } })
                                          << QStringLiteral("guides/chat.json: /age/fr: not a language of this pack");
        QTest::newRow("no sources") << guideSet("sources", QJsonArray {})
                                    << QStringLiteral("guides/chat.json: /sources: needs at least 1 item(s)");
        QTest::newRow("http source") << guideSet("sources",
            QJsonArray { QJsonObject { { QStringLiteral("title"), QStringLiteral("x") },
                { QStringLiteral("url"), QStringLiteral("http://example.org") } } })
                                     << QStringLiteral("guides/chat.json: /sources/0/url: not an https address");
        QTest::newRow("no steps") << guideSet("steps", QJsonArray {})
                                  << QStringLiteral("guides/chat.json: /steps: needs at least 1 item(s)");
        QTest::newRow("no date") << guideWith([](QJsonObject g) {
            g.remove(QStringLiteral("reviewed"));
            return g;
        }) << QStringLiteral("guides/chat.json: /reviewed: missing");
        QTest::newRow("bad id") << guideSet("id", QStringLiteral("Chat App"))
                                << QStringLiteral("guides/chat.json: /id: not an id (lowercase words joined by '-')");
        QTest::newRow("typo key") << guideSet("sumary", PackFixture::text("a", "b"))
                                  << QStringLiteral("guides/chat.json: /sumary: unknown key");
        QTest::newRow("unknown kind") << guideSet("kind", QStringLiteral("poem"))
                                      << QStringLiteral("guides/chat.json: /kind: unknown kind");
        QTest::newRow("text too long") << guideWith([](QJsonObject g) {
            return withStep(std::move(g), QStringLiteral("title"),
                QJsonObject { { QStringLiteral("en"), QString(4001, QLatin1Char('a')) },
                    { QStringLiteral("es"), QStringLiteral("b") } });
        }) << QStringLiteral("guides/chat.json: /steps/0/title/en: longer than 4000 characters");
        QTest::newRow("invalid json") << Mutation([](PackFixture &, QMap<QString, QByteArray> &files) {
            files.insert(QStringLiteral("guides/chat.json"), QByteArray(R"({"kind": "platform-guide" "id"})"));
        }) << QStringLiteral("guides/chat.json: not valid JSON at byte 27 (unterminated object)");
    }
    void brokenDocumentIsLeftOut()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QString error;
        const auto pack = PackParser::parse(mutated(mutation), &error);
        QVERIFY2(pack, qPrintable(error));
        QCOMPARE(pack->problems, QStringList { expected });
        QCOMPARE(pack->guides.size(), 0);
        // The rest of the pack is still there.
        QCOMPARE(pack->flows.size(), 1);
        QCOMPARE(pack->regions.size(), 1);
    }

    void dangerousOrBrokenLinksAreLeftOut_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("flows");
        QTest::addColumn<int>("regions");
        auto resourceSet = [](const char *key, const QJsonValue &value) {
            return Mutation([key, value](PackFixture &f, QMap<QString, QByteArray> &files) {
                files.insert(QStringLiteral("resources.json"),
                    QJsonDocument(withResource(f.resources, QLatin1String(key), value)).toJson());
            });
        };
        auto phone = [](const char *number, const char *display) {
            return QJsonObject { { QStringLiteral("number"), QLatin1String(number) },
                { QStringLiteral("display"), QLatin1String(display) } };
        };
        QTest::newRow("letters in a number")
            << resourceSet("phone", phone("1800CALLFBI", "1-800-CALL-FBI"))
            << QStringLiteral(
                   "resources.json: /regions/0/resources/0/phone/number: not a phone number that may be dialled")
            << 0 << 0;
        QTest::newRow("unknown short code")
            << resourceSet("phone", phone("123", "123"))
            << QStringLiteral(
                   "resources.json: /regions/0/resources/0/phone/number: not a phone number that may be dialled")
            << 0 << 0;
        QTest::newRow("display shows another number")
            << resourceSet("phone", phone("8442645437", "844-264-0000"))
            << QStringLiteral("resources.json: /regions/0/resources/0/phone/display: does not show the same number")
            << 0 << 0;
        QTest::newRow("tel injection")
            << resourceSet("phone", phone("911;ext=1", "911"))
            << QStringLiteral(
                   "resources.json: /regions/0/resources/0/phone/number: not a phone number that may be dialled")
            << 0 << 0;
        QTest::newRow("hotline without phone")
            << resourceSet("phone", QJsonValue(QJsonValue::Undefined))
            << QStringLiteral(
                   "resources.json: /regions/0/resources/0: needs a phone number, a text number or a web address")
            << 0 << 0;
        QTest::newRow("flow calls an unknown line") << Mutation([](PackFixture &f, QMap<QString, QByteArray> &files) {
            f.flow.insert(QStringLiteral("call"), QJsonArray { QStringLiteral("nowhere") });
            files.insert(QStringLiteral("flows/help.json"), QJsonDocument(f.flow).toJson());
        }) << QStringLiteral("flow help: links to nowhere, which does not exist")
                                                    << 0 << 1;
        QTest::newRow("region hotline unknown") << Mutation([](PackFixture &f, QMap<QString, QByteArray> &files) {
            QJsonArray regions = f.resources.value(QStringLiteral("regions")).toArray();
            QJsonObject region = regions.at(0).toObject();
            region.insert(QStringLiteral("hotline"), QStringLiteral("missing-line"));
            regions.replace(0, region);
            f.resources.insert(QStringLiteral("regions"), regions);
            files.insert(QStringLiteral("resources.json"), QJsonDocument(f.resources).toJson());
        }) << QStringLiteral("region somewhere: links to missing-line, which does not exist")
                                                << 0 << 0;
        auto regionWith = [](const std::function<void(QJsonObject &)> &change) {
            return Mutation([change](PackFixture &f, QMap<QString, QByteArray> &files) {
                QJsonArray regions = f.resources.value(QStringLiteral("regions")).toArray();
                QJsonObject region = regions.at(0).toObject();
                change(region);
                regions.replace(0, region);
                f.resources.insert(QStringLiteral("regions"), regions);
                files.insert(QStringLiteral("resources.json"), QJsonDocument(f.resources).toJson());
            });
        };
        QTest::newRow("no reporting line and no fallback")
            << regionWith([](QJsonObject &r) { r.remove(QStringLiteral("hotline")); })
            << QStringLiteral("region somewhere: no reporting line and no fallback to dial") << 0 << 0;
        QTest::newRow("fallback unknown") << regionWith([](QJsonObject &r) {
            r.insert(QStringLiteral("fallback"),
                QJsonObject { { QStringLiteral("resource"), QStringLiteral("nobody") },
                    { QStringLiteral("label"), PackFixture::text("Someone", "Alguien") } });
        }) << QStringLiteral("region somewhere: links to nobody, which does not exist")
                                          << 0 << 0;
        QTest::newRow("flow calls region-hotline") << Mutation([](PackFixture &f, QMap<QString, QByteArray> &files) {
            f.flow.insert(
                QStringLiteral("call"), QJsonArray { QStringLiteral("region-hotline"), QStringLiteral("gone") });
            files.insert(QStringLiteral("flows/help.json"), QJsonDocument(f.flow).toJson());
        }) << QStringLiteral("flow help: links to gone, which does not exist")
                                                   << 0 << 1;
    }

    // New resource and region fields refuse what they do not know.
    void badLineDetailsLeaveTheDocumentOut_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("confirmed")
            << QStringLiteral("confirmed") << QJsonValue(QStringLiteral("probably"))
            << QStringLiteral("/regions/0/resources/0/confirmed: expected agency, third-party or unconfirmed");
        QTest::newRow("anonymous") << QStringLiteral("anonymous") << QJsonValue(QStringLiteral("maybe"))
                                   << QStringLiteral(
                                          "/regions/0/resources/0/anonymous: expected yes, no or not-stated");
        QTest::newRow("checked") << QStringLiteral("checked") << QJsonValue(QStringLiteral("yesterday"))
                                 << QStringLiteral("/regions/0/resources/0/checked");
        QTest::newRow("county list over http")
            << QStringLiteral("countyList") << QJsonValue(QStringLiteral("http://example.org/counties"))
            << QStringLiteral("/regions/0/resources/0/countyList");
        QTest::newRow("unconfirmed with a number")
            << QStringLiteral("confirmed") << QJsonValue(QStringLiteral("unconfirmed"))
            << QStringLiteral("/regions/0/resources/0/phone: an unconfirmed resource must not carry a number");
    }
    void badLineDetailsLeaveTheDocumentOut()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const auto mutation = Mutation([&](PackFixture &f, QMap<QString, QByteArray> &files) {
            files.insert(
                QStringLiteral("resources.json"), QJsonDocument(withResource(f.resources, key, value)).toJson());
        });
        QString error;
        const auto pack = PackParser::parse(mutated(mutation), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY2(pack->problems.join(QLatin1Char('\n')).contains(expected),
            qPrintable(pack->problems.join(QLatin1Char('\n'))));
        QCOMPARE(pack->regions.size(), 0);
    }

    void badPostalCodeLeavesTheDocumentOut()
    {
        const auto mutation = Mutation([](PackFixture &f, QMap<QString, QByteArray> &files) {
            QJsonArray regions = f.resources.value(QStringLiteral("regions")).toArray();
            QJsonObject region = regions.at(0).toObject();
            region.insert(QStringLiteral("postal"), QStringLiteral("co"));
            regions.replace(0, region);
            f.resources.insert(QStringLiteral("regions"), regions);
            files.insert(QStringLiteral("resources.json"), QJsonDocument(f.resources).toJson());
        });
        QString error;
        const auto pack = PackParser::parse(mutated(mutation), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(
            pack->problems.join(QLatin1Char('\n')).contains(QStringLiteral("/postal: expected two capital letters")));
        QCOMPARE(pack->regions.size(), 0);
    }

    void lineDetailsAreRead()
    {
        const auto mutation = Mutation([](PackFixture &f, QMap<QString, QByteArray> &files) {
            QJsonObject resources
                = withResource(f.resources, QStringLiteral("confirmed"), QStringLiteral("third-party"));
            resources = withResource(resources, QStringLiteral("checked"), QStringLiteral("2026-12-01"));
            resources = withResource(resources, QStringLiteral("anonymous"), QStringLiteral("no"));
            resources = withResource(resources, QStringLiteral("countyList"), QStringLiteral("https://example.org/c"));
            files.insert(QStringLiteral("resources.json"), QJsonDocument(resources).toJson());
        });
        QString error;
        const auto pack = PackParser::parse(mutated(mutation), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY2(pack->problems.isEmpty(), qPrintable(pack->problems.join(QLatin1Char('\n'))));
        const harbor::content::Resource *line = pack->resource(QStringLiteral("line"));
        QVERIFY(line);
        QCOMPARE(line->confirmed, harbor::content::Resource::Confirmed::ThirdParty);
        QCOMPARE(line->checked, QDate(2026, 12, 1));
        QCOMPARE(line->anonymous, harbor::content::Resource::Anonymous::No);
        QCOMPARE(line->countyList, QStringLiteral("https://example.org/c"));
    }
    void dangerousOrBrokenLinksAreLeftOut()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, expected);
        QFETCH(int, flows);
        QFETCH(int, regions);
        QString error;
        const auto pack = PackParser::parse(mutated(mutation), &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY2(pack->problems.contains(expected), qPrintable(pack->problems.join(QLatin1Char('\n'))));
        QCOMPARE(pack->flows.size(), flows);
        QCOMPARE(pack->regions.size(), regions);
        QCOMPARE(pack->guides.size(), 1);
    }
};

HARBOR_TEST_MAIN(TestPackParser)
#include "tst_packparser.moc"
