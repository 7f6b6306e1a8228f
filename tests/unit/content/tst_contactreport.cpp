// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewers' list of numbers and links: a number without a source or a
// checked date is a problem; an old check is flagged; the shipped pack is clean.
#include "TestMain.h"
#include "content/ContactReport.h"
#include "content/PackLoader.h"

using harbor::content::ContactReport;
using harbor::content::Pack;
using harbor::content::Resource;

namespace {

Pack packWith(const Resource &resource)
{
    Pack pack;
    harbor::content::RegionContent region;
    region.id = QStringLiteral("somewhere");
    region.hotline = resource.id;
    region.resources = { resource };
    pack.regions = { region };
    return pack;
}

Resource line()
{
    Resource resource;
    resource.id = QStringLiteral("line");
    resource.phone = { QStringLiteral("8005551234"), QStringLiteral("800-555-1234") };
    resource.tty = { QStringLiteral("711"), QStringLiteral("711") };
    resource.web = QStringLiteral("https://example.org");
    resource.source = QStringLiteral("https://example.org/contact");
    resource.checked = QDate(2026, 12, 1);
    return resource;
}

} // namespace

class TestContactReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNumberWithoutSourceOrDateIsAProblem_data()
    {
        QTest::addColumn<bool>("dropSource");
        QTest::addColumn<bool>("dropDate");
        QTest::addColumn<int>("problems");
        QTest::newRow("complete") << false << false << 0;
        QTest::newRow("no source") << true << false << 2; // phone and tty
        QTest::newRow("no date") << false << true << 2;
        QTest::newRow("neither") << true << true << 4;
    }
    void aNumberWithoutSourceOrDateIsAProblem()
    {
        QFETCH(bool, dropSource);
        QFETCH(bool, dropDate);
        QFETCH(int, problems);
        Resource resource = line();
        if (dropSource) {
            resource.source.clear();
        }
        if (dropDate) {
            resource.checked = {};
        }
        const ContactReport report = ContactReport::build(packWith(resource), QDate(2026, 12, 7), 365);
        QCOMPARE(report.rows().size(), 3); // phone, tty, web
        QCOMPARE(report.problems().size(), problems);
        QCOMPARE(report.toText().count(QStringLiteral("PROBLEM")), problems);
    }

    void oldChecksAreFlagged()
    {
        Resource resource = line();
        resource.checked = QDate(2025, 1, 1);
        const ContactReport report = ContactReport::build(packWith(resource), QDate(2026, 12, 7), 365);
        QCOMPARE(report.staleCount(), 3);
        QVERIFY(report.toText().contains(QStringLiteral("2025-01-01 STALE")));
        QCOMPARE(ContactReport::build(packWith(resource), QDate(2026, 12, 7), 1000).staleCount(), 0);
    }

    void theShippedPackHasASourceAndDateForEveryNumber()
    {
        const Pack pack = harbor::content::PackLoader::embedded();
        const ContactReport report = ContactReport::build(pack, QDate::currentDate(), 365);
        QVERIFY2(report.problems().isEmpty(), qPrintable(report.problems().join(QLatin1Char('\n'))));
        QVERIFY(report.rows().size() > 100);
        QVERIFY(report.toText().contains(QStringLiteral("colorado\tco-hotline\tphone\t844-264-5437")));
    }
};

HARBOR_TEST_MAIN(TestContactReport)
#include "tst_contactreport.moc"
