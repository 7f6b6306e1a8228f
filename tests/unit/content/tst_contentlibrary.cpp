// SPDX-License-Identifier: GPL-3.0-or-later
// The library of content the app shows: the region chosen sets the
// hotline (and survives a restart), unknown regions are refused, texts
// follow the language, and the journal's categories come from the pack.
#include "TestMain.h"
#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "shell/AppSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using harbor::content::ContentLibrary;
using harbor::content::PackLoader;
using harbor::shell::AppSettings;

class TestContentLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionSetsTheHotlineAndIsRemembered()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        QString language = QStringLiteral("en");
        ContentLibrary library(PackLoader::embedded(), settings, [&language] { return language; });
        QCOMPARE(library.regionId(), QStringLiteral("colorado"));
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("844-264-5437"));
        QSignalSpy changed(&library, &ContentLibrary::regionChanged);
        QVERIFY(!library.setRegionId(QStringLiteral("atlantis")));
        QCOMPARE(changed.size(), 0);
        QVERIFY(library.setRegionId(QStringLiteral("united-states")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("1-800-422-4453"));
        const QString englishName = library.hotlineRegion().name;
        language = QStringLiteral("es");
        QVERIFY(library.hotlineRegion().name != englishName);

        AppSettings reopened(dir.path());
        ContentLibrary again(PackLoader::embedded(), reopened, [] { return QStringLiteral("en"); });
        QCOMPARE(again.regionId(), QStringLiteral("united-states"));
    }

    void aPackWithoutRegionsFallsBackToTheBuiltInHotline()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(harbor::content::Pack {}, settings, [] { return QStringLiteral("en"); });
        QCOMPARE(library.hotlineRegion().hotline.displayNumber, QStringLiteral("844-264-5437"));
        QCOMPARE(library.categories().categories().size(), 1); // only "other"
    }

    void journalCategoriesComeFromTheWarningSigns()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ContentLibrary library(PackLoader::embedded(), settings, [] { return QStringLiteral("en"); });
        QStringList ids;
        const harbor::journal::CategoryCatalog catalog = library.categories();
        for (const auto &category : catalog.categories()) {
            ids.append(category.id);
        }
        QCOMPARE(ids,
            (QStringList { QStringLiteral("grooming"), QStringLiteral("trafficking"), QStringLiteral("sextortion"),
                QStringLiteral("other") }));
        QCOMPARE(library.categories().title(QStringLiteral("grooming")), QStringLiteral("Grooming"));
    }
};

HARBOR_TEST_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
