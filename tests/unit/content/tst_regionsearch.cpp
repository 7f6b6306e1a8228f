// SPDX-License-Identifier: GPL-3.0-or-later
// "Where do you live?": by name or postal code, as people type them.
#include "TestMain.h"
#include "content/RegionSearch.h"

using harbor::content::RegionSearch;
using harbor::safety::RegionChoice;

namespace {

QList<RegionChoice> choices()
{
    return {
        { QStringLiteral("colorado"), QStringLiteral("Colorado"), QStringLiteral("CO") },
        { QStringLiteral("us-ct"), QStringLiteral("Connecticut"), QStringLiteral("CT") },
        { QStringLiteral("us-nm"), QStringLiteral("Nuevo México"), QStringLiteral("NM") },
        { QStringLiteral("us-wv"), QStringLiteral("West Virginia"), QStringLiteral("WV") },
        { QStringLiteral("us-va"), QStringLiteral("Virginia"), QStringLiteral("VA") },
        { QStringLiteral("us-or"), QStringLiteral("Oregon"), QStringLiteral("OR") },
        { QStringLiteral("us-mo"), QStringLiteral("Missouri"), QStringLiteral("MO") },
    };
}

QStringList ids(const QList<RegionChoice> &list)
{
    QStringList result;
    for (const RegionChoice &choice : list) {
        result << choice.id;
    }
    return result;
}

} // namespace

class TestRegionSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty: all, in order") << QString() << ids(choices());
        QTest::newRow("spaces only") << QStringLiteral("   ") << ids(choices());
        QTest::newRow("postal code first")
            << QStringLiteral("co") << QStringList { QStringLiteral("colorado"), QStringLiteral("us-ct") };
        QTest::newRow("postal code, capitals") << QStringLiteral("OR") << QStringList { QStringLiteral("us-or") };
        QTest::newRow("start of a word") << QStringLiteral("virg")
                                         << QStringList { QStringLiteral("us-wv"), QStringLiteral("us-va") };
        QTest::newRow("not inside a word") << QStringLiteral("irginia") << QStringList {};
        QTest::newRow("without accents") << QStringLiteral("mexico") << QStringList { QStringLiteral("us-nm") };
        QTest::newRow("with accents") << QStringLiteral("MÉXICO") << QStringList { QStringLiteral("us-nm") };
        QTest::newRow("two words") << QStringLiteral("west  virginia") << QStringList { QStringLiteral("us-wv") };
        QTest::newRow("nothing") << QStringLiteral("atlantis") << QStringList {};
        QTest::newRow("code and name start") << QStringLiteral("mo") << QStringList { QStringLiteral("us-mo") };
    }
    void filter()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(RegionSearch::filter(choices(), query)), expected);
    }
};

HARBOR_TEST_MAIN(TestRegionSearch)
#include "tst_regionsearch.moc"
