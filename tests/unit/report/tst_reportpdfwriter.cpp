// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one Qt Test per class (DESIGN.md); the cases share one
// written PDF and its text read back with poppler-utils.
// ReportPdfWriter: a synthetic report of 40 long entries is written to a real
// PDF file and read back with poppler-utils (pdftotext, pdfinfo).
#include "TestMain.h"
#include "report/ReportPdfWriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

using harbor::report::ReportDocument;
using harbor::report::ReportEntry;
using harbor::report::ReportExhibit;
using harbor::report::ReportPdfWriter;
using harbor::report::ReportRevision;

namespace {

constexpr int kEntryCount = 40;
// 2024-03-04 09:00 UTC, a Monday.
constexpr qint64 kStartMs = 1709542800000;
constexpr qint64 kHourMs = qint64 { 3600 } * 1000;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A word no other text in the report contains, so finding it proves the
// entry's own text was written (and not cut off).
QString marker(int entry)
{
    return QStringLiteral("zqmark%1x").arg(entry, 3, 10, QLatin1Char('0'));
}

QString longText(int entry)
{
    const QString sentence
        = QStringLiteral("The account sent several messages late in the evening, asked about school and friends, "
                         "and suggested moving the conversation to another app where messages disappear. ");
    QStringList paragraphs;
    for (int p = 0; p < 4 + entry % 3; ++p) {
        paragraphs.append(sentence.repeated(2 + (entry + p) % 3).trimmed());
    }
    // The marker sits in the middle of the last paragraph, so it is found
    // only if the text flowed to its end.
    paragraphs.last().append(QStringLiteral(" Reference %1 noted at the end.").arg(marker(entry)));
    // Paragraphs separated by blank lines, and one single line break.
    return paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\nSecond line of the last paragraph.");
}

QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient fill(0, 0, width, height);
    fill.setColorAt(0, QColor(40, 90, 160));
    fill.setColorAt(1, QColor(230, 190, 90));
    painter.fillRect(image.rect(), fill);
    painter.setPen(Qt::white);
    painter.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("screenshot"));
    return image;
}

ReportDocument sampleDocument()
{
    ReportDocument document;
    document.language = QStringLiteral("en");
    document.preparedBy = QStringLiteral("Jordan Rivera (foster parent)");
    document.generatedAt = QDateTime(QDate(2024, 6, 3), QTime(14, 30));
    document.from = QDate(2024, 3, 4);
    document.to = QDate(2024, 6, 2);
    document.children = {
        { QStringLiteral("Alex"), 2011,
            { QStringLiteral("Instagram: @alex.draws"), QStringLiteral("Discord: alexd") } },
        { QStringLiteral("Sam"), 0, { QStringLiteral("Roblox: sam_builds") } },
    };
    document.categories
        = { QStringLiteral("Grooming"), QStringLiteral("Requests for pictures"), QStringLiteral("Gifts and money") };
    document.summary = {
        QStringLiteral("Over thirteen weeks, 40 entries were recorded about contact from adult strangers."),
        QStringLiteral("Most concerns started on Instagram and moved to Discord after a few days."),
    };
    for (int week = 0; week < 13; ++week) {
        document.timeline.append(
            { QDate(2024, 3, 4).addDays(qint64 { 7 } * week), 1 + week % 3, week % 4, week == 9 ? 2 : 0 });
    }

    int sequence = 0;
    for (int i = 1; i <= kEntryCount; ++i) {
        ReportEntry entry;
        entry.number = i;
        entry.kind = i % 5 == 0 ? QStringLiteral("Disclosure") : QStringLiteral("Observation");
        entry.occurredAtMs = kStartMs + kHourMs * 50 * i;
        entry.recordedAtMs = entry.occurredAtMs + 2 * kHourMs;
        entry.child = i % 2 ? QStringLiteral("Alex") : QStringLiteral("Sam");
        entry.platform = i % 3 ? QStringLiteral("Instagram") : QStringLiteral("Discord");
        entry.account = QStringLiteral("@new_friend_%1").arg(i % 4);
        entry.category = QStringLiteral("Grooming");
        entry.severity = i % 7 == 0 ? QStringLiteral("Urgent") : QStringLiteral("Concern");
        entry.draft = i == 40;
        entry.fields = {
            { QStringLiteral("What happened"), longText(i) },
            { QStringLiteral("What I did"), QStringLiteral("Saved screenshots and blocked the account.") },
        };
        const int revisions = 1 + i % 3;
        for (int r = 0; r < revisions; ++r) {
            ++sequence;
            entry.revisions.append({ sequence, entry.recordedAtMs + r * kHourMs,
                r == 0 ? QStringLiteral("Written") : QStringLiteral("Edited"),
                sha256(QByteArray("link ") + QByteArray::number(sequence)) });
        }
        document.entries.append(entry);
    }

    const QList<ReportExhibit> exhibits = {
        { QStringLiteral("E1"), 2, QStringLiteral("chat-screenshot.png"), QStringLiteral("image/png"), 183'402,
            sha256("exhibit one"), gradient(640, 400), {} },
        { QStringLiteral("E2"), 5, QStringLiteral("profile-page.jpg"), QStringLiteral("image/jpeg"), 95'120,
            sha256("exhibit two"), gradient(360, 720), {} },
        { QStringLiteral("E3"), 5, QStringLiteral("gift-card-receipt.pdf"), QStringLiteral("application/pdf"), 40'960,
            sha256("exhibit three"), QImage(), {} },
    };
    document.exhibits = exhibits;
    document.entries[1].exhibits = { QStringLiteral("E1") };
    document.entries[4].exhibits = { QStringLiteral("E2"), QStringLiteral("E3") };
    document.chain.hash = document.entries.last().revisions.last().hash;
    document.chain.links = sequence;
    document.chain.entries = document.entries.size() + 3; // entries outside the report's selection
    document.chain.atMs = document.entries.last().revisions.last().atMs;
    return document;
}

QString hex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

struct Extracted
{
    QString text;
    int pages = 0;
};

// pdftotext's text (pages separated by form feeds) and pdfinfo's page count.
Extracted extract(const QString &pdf)
{
    Extracted result;
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!text.waitForFinished(120'000) || text.exitStatus() != QProcess::NormalExit || text.exitCode() != 0) {
        qWarning() << "pdftotext failed:" << text.readAllStandardError();
        return result;
    }
    result.text = QString::fromUtf8(text.readAllStandardOutput());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    if (!info.waitForFinished(60'000) || info.exitCode() != 0) {
        qWarning() << "pdfinfo failed:" << info.readAllStandardError();
        return result;
    }
    const QRegularExpressionMatch pages
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(info.readAllStandardOutput()));
    result.pages = pages.hasMatch() ? pages.captured(1).toInt() : 0;
    return result;
}

bool writeFile(const ReportDocument &document, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    return ReportPdfWriter::write(document, file, error);
}

} // namespace

class TestReportPdfWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : { QStringLiteral("pdftotext"), QStringLiteral("pdfinfo") }) {
            if (QStandardPaths::findExecutable(tool).isEmpty()) {
                QFAIL(qPrintable(tool + QStringLiteral(" not found: install the poppler-utils package")));
            }
        }
        QVERIFY(m_dir.isValid());
        m_document = sampleDocument();
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(writeFile(m_document, path, &error), qPrintable(error));
        const Extracted extracted = extract(path);
        m_text = extracted.text;
        m_pages = extracted.pages;
        QVERIFY(!m_text.isEmpty());
        QVERIFY(m_pages > 0);
        qInfo("the %d-entry report has %d pages", kEntryCount, m_pages);
    }

    void theReportSpansManyPages() { QVERIFY2(m_pages >= 20, qPrintable(QString::number(m_pages))); }

    void everyPageIsNumberedAndHeaded()
    {
        // pdftotext ends every page with a form feed.
        QStringList pages = m_text.split(QLatin1Char('\f'));
        if (pages.last().trimmed().isEmpty()) {
            pages.removeLast();
        }
        QCOMPARE(pages.size(), m_pages);
        QVERIFY(m_text.contains(QStringLiteral("Page 1 of %1").arg(m_pages)));
        QVERIFY(m_text.contains(QStringLiteral("Page %1 of %1").arg(m_pages)));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(m_pages)),
                qPrintable(QStringLiteral("page %1").arg(i + 1)));
            const QString header = pages.at(i).trimmed().section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(header.contains(QStringLiteral("Harbor journal report — generated Monday, June 3, 2024")),
                qPrintable(header));
            // No child's name in the running header; the footer is only the page number.
            QVERIFY(!header.contains(QStringLiteral("Alex")));
            QVERIFY(!header.contains(QStringLiteral("Sam")));
            const QString footer = pages.at(i).trimmed().section(QLatin1Char('\n'), -1).trimmed();
            QCOMPARE(footer, QStringLiteral("Page %1 of %2").arg(i + 1).arg(m_pages));
        }
    }

    void titlePage()
    {
        const QString first = m_text.section(QLatin1Char('\f'), 0, 0);
        const QString flat = first.simplified(); // sentences wrap across lines
        for (const QString &expected : {
                 QStringLiteral("Journal report"),
                 QStringLiteral("Jordan Rivera (foster parent)"),
                 QStringLiteral("Monday, June 3, 2024, 2:30"),
                 QStringLiteral("Monday, March 4, 2024 – Sunday, June 2, 2024"),
                 QStringLiteral("Alex, born 2011"),
                 QStringLiteral("Instagram: @alex.draws"),
                 QStringLiteral("Roblox: sam_builds"),
                 QStringLiteral("Requests for pictures"),
                 hex(m_document.chain.hash),
                 QStringLiteral("This PDF is not encrypted"),
                 QStringLiteral("The hashes let the journal be checked"),
                 // What Verify proves and what it cannot (SECURITY.md, "Honest claims").
                 QStringLiteral("names the first entry changed"),
                 QStringLiteral("it cannot show that someone who knows the passphrase rewrote the journal"),
                 QStringLiteral("or that an old copy of all its files was put back"),
                 QStringLiteral("link number %1 keeps the hash above").arg(m_document.chain.links),
             }) {
            QVERIFY2(flat.contains(expected), qPrintable(expected));
        }
        // The chain head: hash (above), links, entries and the newest link's time in UTC.
        const QString newest = QDateTime::fromMSecsSinceEpoch(m_document.chain.atMs).toUTC().toString(Qt::ISODate);
        QVERIFY(newest.endsWith(QLatin1Char('Z')));
        for (const QString &pattern : {
                 QStringLiteral("Links\\s+%1\\b").arg(m_document.chain.links),
                 QStringLiteral("Entries\\s+%1\\b").arg(m_document.chain.entries),
                 QStringLiteral("Newest link \\(UTC\\)\\s+%1").arg(QRegularExpression::escape(newest)),
             }) {
            QVERIFY2(QRegularExpression(pattern).match(first).hasMatch(), qPrintable(pattern));
        }
        // Sam has no birth year.
        QVERIFY(!first.contains(QStringLiteral("Sam, born")));
    }

    void summaryAndTimeline()
    {
        for (const QString &expected : {
                 QStringLiteral("Summary"), m_document.summary.at(1), QStringLiteral("Entries per week"),
                 QStringLiteral("Notes"), QStringLiteral("Concerns"), QStringLiteral("Urgent"),
                 QStringLiteral("3/4/24"), // the first week on the x axis
             }) {
            QVERIFY2(m_text.contains(expected), qPrintable(expected));
        }
        int notes = 0;
        int concerns = 0;
        int urgent = 0;
        for (const auto &week : std::as_const(m_document.timeline)) {
            notes += week.notes;
            concerns += week.concerns;
            urgent += week.urgent;
        }
        QVERIFY(m_text.contains(QStringLiteral("In total: %1 notes, %2 concerns and %3 urgent entries.")
                                    .arg(notes)
                                    .arg(concerns)
                                    .arg(urgent)));
    }

    void weekLabelsThinOut_data()
    {
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("everyWeekLabelled");
        QTest::newRow("8 weeks: every week") << 8 << true;
        QTest::newRow("60 weeks: every few weeks") << 60 << false;
    }
    void weekLabelsThinOut()
    {
        QFETCH(int, weeks);
        QFETCH(bool, everyWeekLabelled);
        ReportDocument document;
        document.language = QStringLiteral("en");
        document.generatedAt = QDateTime(QDate(2024, 6, 3), QTime(9, 0));
        const QDate first(2023, 1, 2); // a Monday
        for (int i = 0; i < weeks; ++i) {
            document.timeline.append({ first.addDays(qint64 { 7 } * i), i % 3, i % 2, i % 11 == 0 ? 1 : 0 });
        }
        const QString path = m_dir.filePath(QStringLiteral("weeks-%1.pdf").arg(weeks));
        QString error;
        QVERIFY2(writeFile(document, path, &error), qPrintable(error));
        const Extracted extracted = extract(path);
        QVERIFY(extracted.pages > 0);

        const QLocale locale(document.language);
        int labelled = 0;
        for (const auto &week : std::as_const(document.timeline)) {
            const QString label = locale.toString(week.weekStart, QLocale::ShortFormat);
            const QRegularExpression alone(
                QStringLiteral("(?<![\\d/])%1(?![\\d/])").arg(QRegularExpression::escape(label)));
            labelled += alone.match(extracted.text).hasMatch() ? 1 : 0;
        }
        // The first week is always labelled; labels never crowd each other.
        QVERIFY(extracted.text.contains(locale.toString(first, QLocale::ShortFormat)));
        if (everyWeekLabelled) {
            QCOMPARE(labelled, weeks);
        } else {
            QVERIFY2(labelled >= 5 && labelled < weeks / 2, qPrintable(QString::number(labelled)));
        }
    }

    void everyEntryIsComplete_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < kEntryCount; ++i) {
            QTest::addRow("entry %d", i + 1) << i;
        }
    }
    void everyEntryIsComplete()
    {
        QFETCH(int, index);
        const ReportEntry &entry = m_document.entries.at(index);
        QVERIFY(m_text.contains(QStringLiteral("Entry %1 · %2").arg(entry.number).arg(entry.kind)));
        QCOMPARE(m_text.count(marker(entry.number)), 1);
        // Every revision's hash, all 64 hex digits on one line.
        for (const ReportRevision &revision : entry.revisions) {
            QVERIFY2(m_text.contains(hex(revision.hash)), qPrintable(hex(revision.hash)));
        }
    }

    void entryDetails()
    {
        const ReportEntry &entry = m_document.entries.at(6);
        const QString block
            = m_text.section(QStringLiteral("Entry 7 · "), 1).section(QStringLiteral("Entry 8 · "), 0, 0);
        for (const QString &expected : {
                 QStringLiteral("Monday, March 18, 2024, 11:00"), // occurred, in local time (UTC here)
                 QStringLiteral("Tuesday, March 19, 2024, 1:00"), // recorded
                 entry.child,
                 entry.platform,
                 entry.account,
                 entry.category,
                 QStringLiteral("Urgent"),
                 QStringLiteral("What happened"),
                 QStringLiteral("What I did"),
                 QStringLiteral("Saved screenshots and blocked the account."),
                 QStringLiteral("Second line of the last paragraph."),
                 QStringLiteral("Written"),
                 QStringLiteral("Edited"),
             }) {
            QVERIFY2(block.contains(expected), qPrintable(expected));
        }
        QVERIFY(!block.contains(QStringLiteral("Draft")));
        const QString last = m_text.section(QStringLiteral("Entry 40 · "), 1).section(QStringLiteral("Exhibits"), 0, 0);
        QVERIFY(last.contains(QStringLiteral("Draft")));
        QVERIFY(m_text.contains(QStringLiteral("Exhibits: E2, E3")));
        QVERIFY(m_text.contains(QStringLiteral("Exhibits: E1")));
    }

    void everyExhibitIsIndexed_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_document.exhibits.size(); ++i) {
            QTest::addRow("%s", qPrintable(m_document.exhibits.at(i).id)) << i;
        }
    }
    void everyExhibitIsIndexed()
    {
        QFETCH(int, index);
        const ReportExhibit &exhibit = m_document.exhibits.at(index);
        // From the exhibit index's header row on.
        const QString exhibits = m_text.mid(m_text.lastIndexOf(QStringLiteral("File name and type")));
        // The index row: id, entry, file name, size and the full hash on one
        // line, the type under the file name.
        QVERIFY(exhibits.contains(exhibit.mime));
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+%2\\s+%3\\s+.*\\s%4\\s*$")
                                         .arg(exhibit.id)
                                         .arg(exhibit.entryNumber)
                                         .arg(QRegularExpression::escape(exhibit.fileName), hex(exhibit.sha256)),
            QRegularExpression::MultilineOption);
        QVERIFY2(row.match(exhibits).hasMatch(), qPrintable(exhibit.id));
        // The caption under the picture.
        QVERIFY(exhibits.contains(QStringLiteral("%1 · %2").arg(exhibit.id, exhibit.fileName)));
        QVERIFY(exhibits.contains(QStringLiteral("SHA-256 %1").arg(hex(exhibit.sha256))));
    }

    void textIsSearchable()
    {
        // No ligature glyphs ("fi" as one character): a search for
        // "profile" in a PDF viewer must find it, and copied text must match.
        for (const QChar c : std::as_const(m_text)) {
            QVERIFY2(c.unicode() < 0xFB00 || c.unicode() > 0xFB4F, qPrintable(QString::number(c.unicode(), 16)));
        }
        QVERIFY(m_text.contains(QStringLiteral("profile-page.jpg")));
        QVERIFY(m_text.contains(QStringLiteral("gift-card-receipt.pdf")));
    }

    void fileWithoutPictureSaysSo()
    {
        QCOMPARE(m_text.count(QStringLiteral("This file cannot be shown in the report")), 1);
        QVERIFY(m_text.contains(QStringLiteral("kept in the journal")));
    }

    void datesFollowTheReportLanguage()
    {
        // The app's language, not the system's: the test runs in C.UTF-8.
        ReportDocument document = sampleDocument();
        document.language = QStringLiteral("es");
        document.entries = document.entries.mid(0, 2);
        document.exhibits.clear();
        const QString path = m_dir.filePath(QStringLiteral("es.pdf"));
        QString error;
        QVERIFY2(writeFile(document, path, &error), qPrintable(error));
        const Extracted extracted = extract(path);
        for (const QString &expected : {
                 QStringLiteral("generated lunes, 3 de junio de 2024"), // the header (not translated yet)
                 QStringLiteral("lunes, 4 de marzo de 2024 – domingo, 2 de junio de 2024"), // the period
                 QStringLiteral("miércoles, 6 de marzo de 2024, 11:00"), // entry 1 occurred
                 QStringLiteral("6/3/24 13:00"), // entry 1's first revision
             }) {
            QVERIFY2(extracted.text.contains(expected), qPrintable(expected));
        }
    }

    void emptyReportIsOnePage()
    {
        ReportDocument document;
        document.language = QStringLiteral("en");
        document.generatedAt = QDateTime(QDate(2024, 6, 3), QTime(9, 0));
        document.from = QDate(2024, 5, 1);
        document.to = QDate(2024, 5, 31);
        // No entry in the period, but the journal has a chain.
        document.chain = { sha256("empty"), 7, 3,
            QDateTime(QDate(2024, 6, 2), QTime(18, 0), QTimeZone::utc()).toMSecsSinceEpoch() };
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QString error;
        QVERIFY2(writeFile(document, path, &error), qPrintable(error));
        const Extracted extracted = extract(path);
        QCOMPARE(extracted.pages, 1);
        QVERIFY(extracted.text.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(extracted.text.contains(QStringLiteral("This PDF is not encrypted")));
        QVERIFY(extracted.text.contains(QStringLiteral("no timeline to show")));
        QVERIFY(extracted.text.contains(QStringLiteral("This report has no entries.")));
        QVERIFY(extracted.text.contains(QStringLiteral("This report has no exhibits.")));
        QVERIFY(extracted.text.contains(hex(document.chain.hash)));
        QVERIFY(extracted.text.contains(QStringLiteral("2024-06-02T18:00:00Z")));
    }

    void writesToAnyDevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(ReportPdfWriter::write(m_document, buffer, &error), qPrintable(error));
        QVERIFY(buffer.data().startsWith("%PDF-"));
        QVERIFY(buffer.data().trimmed().endsWith("%%EOF"));
    }

    void refusesDeviceNotOpenForWriting_data()
    {
        QTest::addColumn<bool>("openReadOnly");
        QTest::addColumn<bool>("withError");
        QTest::newRow("not open") << false << true;
        QTest::newRow("read only") << true << true;
        QTest::newRow("not open, no error wanted") << false << false;
    }
    void refusesDeviceNotOpenForWriting()
    {
        QFETCH(bool, openReadOnly);
        QFETCH(bool, withError);
        QBuffer buffer;
        if (openReadOnly) {
            QVERIFY(buffer.open(QIODevice::ReadOnly));
        }
        QString error;
        QVERIFY(!ReportPdfWriter::write(m_document, buffer, withError ? &error : nullptr));
        QCOMPARE(error.isEmpty(), !withError);
        QVERIFY(buffer.data().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    ReportDocument m_document;
    QString m_text;
    int m_pages = 0;
};

HARBOR_TEST_MAIN(TestReportPdfWriter)
#include "tst_reportpdfwriter.moc"
