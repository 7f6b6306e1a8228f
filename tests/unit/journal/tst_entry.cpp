// SPDX-License-Identifier: GPL-3.0-or-later
// The entry as a typed value: its properties are its fields (the one list of
// field names besides the stored JSON keys), a script's object is checked
// against them, kinds start with their own severity, and one label table
// names kinds, severities, states and fields for every view and the report.
#include "TestMain.h"
#include "journal/CategoryCatalog.h"
#include "journal/Entry.h"
#include "journal/EntryText.h"
#include "journal/EntryValidator.h"

#include <QMetaEnum>
#include <QMetaProperty>
#include <QSet>
#include <QSize>

using harbor::journal::Entry;
using harbor::journal::EntryField;
using harbor::journal::EntryKind;
using harbor::journal::EntryState;
using harbor::journal::EntryText;
using harbor::journal::EntryValidator;
using harbor::journal::JournalError;
using harbor::journal::Severity;

class TestEntry : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1'800'000'000'000;

private Q_SLOTS:
    // Failure paths first: what a script may not set.
    void assignRefusesUnknownAndReadOnly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown key") << QStringLiteral("colour") << QVariant(QStringLiteral("red"));
        QTest::newRow("read-only") << QStringLiteral("createdAt") << QVariant(QDateTime::currentDateTime());
        QTest::newRow("computed") << QStringLiteral("attachmentCount") << QVariant(3);
        QTest::newRow("wrong type") << QStringLiteral("draft") << QVariant::fromValue(QSize(1, 2));
    }
    void assignRefusesUnknownAndReadOnly()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        Entry entry = Entry::started(EntryKind::Observation, kNow);
        const Entry before = entry;
        QString refused;
        QVERIFY(!entry.assign({ { key, value } }, &refused));
        QCOMPARE(refused, key);
        QCOMPARE(entry, before);
    }

    void outOfRangeEnumsAreRefusedBeforeSaving()
    {
        Entry entry = Entry::started(EntryKind::Observation, kNow);
        entry.text = QStringLiteral("something");
        QVERIFY(EntryValidator::check(entry, kNow).ok());
        entry.kind = static_cast<EntryKind>(3);
        QCOMPARE(EntryValidator::check(entry, kNow).field, QStringLiteral("kind"));
        entry.kind = EntryKind::Observation;
        entry.severity = static_cast<Severity>(-1);
        const JournalError error = EntryValidator::check(entry, kNow);
        QCOMPARE(error.code, JournalError::Code::InvalidValue);
        QCOMPARE(error.field, QStringLiteral("severity"));
    }

    void assignSetsFieldsByPropertyName()
    {
        Entry entry = Entry::started(EntryKind::Observation, kNow);
        QString refused;
        QVERIFY(entry.assign(
            { { QStringLiteral("kind"), 2 }, { QStringLiteral("severity"), 2 },
                { QStringLiteral("said"), QStringLiteral("call back Monday") }, { QStringLiteral("childId"), 4.0 },
                { QStringLiteral("draft"), true }, { QStringLiteral("tags"), QStringList { QStringLiteral("a") } } },
            &refused));
        QCOMPARE(entry.kind, EntryKind::HotlineCall);
        QCOMPARE(entry.severity, Severity::Urgent);
        QCOMPARE(entry.said, QStringLiteral("call back Monday"));
        QCOMPARE(entry.childId, 4);
        QVERIFY(entry.draft);
        QCOMPARE(entry.tags, QStringList { QStringLiteral("a") });
        QCOMPARE(entry.occurredAtMs, kNow);
    }

    // Every field the stored revision has is a property QML can read, under
    // the same name (the revision's "child" is the property childId; its
    // attachments reach QML as the detail view's AttachmentItem values).
    void everyStoredFieldIsAProperty()
    {
        const QMetaObject &meta = Entry::staticMetaObject;
        const QStringList keys = Entry::started(EntryKind::Observation, kNow).toContent().keys();
        for (const QString &key : keys) {
            if (key == QLatin1String("attachments")) {
                continue;
            }
            const QString name = key == QLatin1String("child") ? QStringLiteral("childId") : key;
            QVERIFY2(meta.indexOfProperty(name.toLatin1().constData()) >= 0, qPrintable(key));
        }
        QCOMPARE(QMetaEnum::fromType<EntryKind>().keyCount(), 3);
        QCOMPARE(QMetaEnum::fromType<Severity>().valueToKey(2), "Urgent");
        QCOMPARE(QMetaEnum::fromType<EntryState>().valueToKey(1), "Deleted");
    }

    void kindsStartWithTheirSeverity()
    {
        QCOMPARE(Entry::started(EntryKind::HotlineCall, kNow).severity, Severity::Note);
        QCOMPARE(Entry::started(EntryKind::Observation, kNow).severity, Severity::Concern);
        QCOMPARE(Entry::started(EntryKind::Disclosure, kNow).severity, Severity::Concern);
        QCOMPARE(Entry::started(EntryKind::Disclosure, kNow).kind, EntryKind::Disclosure);
        QCOMPARE(Entry::started(EntryKind::Disclosure, kNow).occurredAt().toMSecsSinceEpoch(), kNow);
    }

    void tidiedTrimsWhatIsMatchedOn()
    {
        Entry entry;
        entry.platform = QStringLiteral("  Discord ");
        entry.account = QStringLiteral("\tcoach_22 ");
        entry.text = QStringLiteral("  kept as typed  ");
        entry.tags = { QStringLiteral(" gift card "), QStringLiteral("  "), QString(), QStringLiteral("secret") };
        const Entry tidy = entry.tidied();
        QCOMPARE(tidy.platform, QStringLiteral("Discord"));
        QCOMPARE(tidy.account, QStringLiteral("coach_22"));
        QCOMPARE(tidy.text, entry.text);
        QCOMPARE(tidy.tags, (QStringList { QStringLiteral("gift card"), QStringLiteral("secret") }));
    }

    void oneLabelTableForEveryView()
    {
        QCOMPARE(EntryText::kinds(),
            (QStringList {
                QStringLiteral("Observation"), QStringLiteral("Disclosure"), QStringLiteral("Hotline call") }));
        QCOMPARE(EntryText::severities(),
            (QStringList { QStringLiteral("Note"), QStringLiteral("Concern"), QStringLiteral("Urgent") }));
        QCOMPARE(EntryText::kind(EntryKind::HotlineCall), EntryText::kinds().at(2));
        QCOMPARE(EntryText::severity(Severity::Urgent), EntryText::severities().at(2));
        const QSet<QString> states { EntryText::state(EntryState::Active), EntryText::state(EntryState::Deleted),
            EntryText::state(EntryState::Erased) };
        QCOMPARE(states.size(), 3);
        QVERIFY(!states.contains(QString()));
    }

    void writtenFieldsLeaveOutTheEmptyOnes()
    {
        Entry entry;
        entry.text = QStringLiteral("asked for a photo");
        entry.actions = QStringLiteral("   ");
        entry.place = QStringLiteral("the park");
        entry.tags = { QStringLiteral("a"), QStringLiteral("b") };
        const QList<EntryField> fields = EntryText::writtenFields(entry);
        QCOMPARE(fields,
            (QList<EntryField> { { QStringLiteral("What happened"), QStringLiteral("asked for a photo") },
                { QStringLiteral("Place"), QStringLiteral("the park") },
                { QStringLiteral("Tags"), QStringLiteral("a, b") } }));
        QVERIFY(EntryText::writtenFields(Entry {}).isEmpty());
    }

    void catalogListsIdsAndTitlesInOrder()
    {
        const auto catalog = harbor::journal::CategoryCatalog::builtIn();
        QCOMPARE(catalog.ids().size(), catalog.categories().size());
        QCOMPARE(catalog.titles().size(), catalog.ids().size());
        for (qsizetype i = 0; i < catalog.ids().size(); ++i) {
            QCOMPARE(catalog.title(catalog.ids().at(i)), catalog.titles().at(i));
        }
    }
};

HARBOR_TEST_MAIN(TestEntry)
#include "tst_entry.moc"
