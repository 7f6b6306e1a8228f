// SPDX-License-Identifier: GPL-3.0-or-later
// The title page and the summary (with the timeline chart).
#include "report/PdfLayout.h"
#include "report/PdfSections.h"
#include "report/PdfStyle.h"
#include "report/PdfTimelineChart.h"

#include <QCoreApplication>
#include <QPainter>

namespace harbor::report {

namespace {

void addSubheading(const PdfSectionContext &context, const QString &text)
{
    context.layout.addSpace(context.layout.pt(14));
    context.layout.addHeading(text, context.style.subheading, context.style.accent, context.layout.pt(40));
    context.layout.addSpace(context.layout.pt(4));
}

QString childLine(const ReportChild &child)
{
    if (child.birthYear <= 0) {
        return child.nickname;
    }
    //: A child's nickname and birth year: "Alex, born 2011".
    return QCoreApplication::translate("harbor::report::ReportPdfWriter", "%1, born %2")
        .arg(child.nickname, QString::number(child.birthYear));
}

} // namespace

void layoutTitlePage(const PdfSectionContext &context, const ReportDocument &document)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    const QLocale &locale = context.locale;

    const QColor accent = style.accent;
    const qreal barWidth = layout.pt(64);
    const qreal barHeight = layout.pt(4);
    layout.addBlock(layout.pt(14), [=](QPainter &painter, QPointF topLeft) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRect(QRectF(topLeft, QSizeF(barWidth, barHeight)));
    });
    layout.addText(
        QCoreApplication::translate("harbor::report::ReportPdfWriter", "Journal report"), style.title, style.text);
    layout.addSpace(layout.pt(18));

    QString period;
    if (document.from.isValid() || document.to.isValid()) {
        //: The period a report covers: "January 1, 2024 – March 31, 2024".
        period = QCoreApplication::translate("harbor::report::ReportPdfWriter", "%1 – %2")
                     .arg(locale.toString(document.from, QLocale::LongFormat),
                         locale.toString(document.to, QLocale::LongFormat));
    }
    const QDateTime generated = document.generatedAt;
    pdfAddDetails(context,
        {
            { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Prepared by"), document.preparedBy },
            { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Generated"),
                generated.isValid() ? pdfLongDateTime(locale, generated.toMSecsSinceEpoch()) : QString() },
            { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Period"), period },
        },
        1);

    addSubheading(context, QCoreApplication::translate("harbor::report::ReportPdfWriter", "Children"));
    if (document.children.isEmpty()) {
        layout.addText(
            QCoreApplication::translate("harbor::report::ReportPdfWriter", "No child is named in this report."),
            style.body, style.muted);
    }
    for (const ReportChild &child : document.children) {
        const PdfTextBlock name = layout.wrap(childLine(child), style.bodyBold, layout.width());
        layout.ensureSpace(name.height() * static_cast<qreal>(1 + qMin<qsizetype>(child.platforms.size(), 2)));
        layout.addText(name, style.text);
        for (const QString &platform : child.platforms) {
            layout.addText(platform, style.body, style.text, layout.pt(14));
        }
        layout.addSpace(layout.pt(4));
    }

    addSubheading(context, QCoreApplication::translate("harbor::report::ReportPdfWriter", "Categories included"));
    layout.addText(document.categories.isEmpty()
            ? QCoreApplication::translate("harbor::report::ReportPdfWriter", "All categories.")
            : document.categories.join(QStringLiteral(" · ")),
        style.body, style.text);

    addSubheading(context, QCoreApplication::translate("harbor::report::ReportPdfWriter", "Journal chain"));
    const journal::ChainHead &chain = document.chain;
    layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Head hash (SHA-256)"),
        style.smallBold, style.muted);
    layout.addText(chain.isEmpty()
            ? QCoreApplication::translate("harbor::report::ReportPdfWriter", "(none: the journal is empty)")
            : chain.hashHex(),
        style.mono, style.text);
    layout.addSpace(layout.pt(3));
    pdfAddDetails(context,
        {
            //: How many links (changes) the journal's chain has.
            { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Links"), locale.toString(chain.links) },
            { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entries"),
                locale.toString(chain.entries) },
        },
        2);
    pdfAddDetails(context,
        //: When the newest link of the chain was written, in UTC ("2024-03-04T21:15:07Z").
        { { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Newest link (UTC)"), chain.atUtc() } }, 1);
    layout.addSpace(layout.pt(6));
    //: %1 is the number of the chain's newest link ("Links").
    layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter",
                       "This PDF is not encrypted: keep it somewhere safe and share it only with the people handling "
                       "the case. The hashes let the journal be checked: every change to an entry is a link in one "
                       "chain, and the head above seals the whole journal as it was when this report was made. "
                       "Harbor's Verify finds a change made outside Harbor to entries, their history or files, and "
                       "names the first entry changed; it cannot show that someone who knows the passphrase rewrote "
                       "the journal, or that an old copy of all its files was put back. While the journal is "
                       "unchanged up to this report, its link number %1 keeps the hash above.")
                       .arg(locale.toString(chain.links)),
        style.body, style.text);
}

void layoutSummary(const PdfSectionContext &context, const ReportDocument &document)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;

    layout.addHeading(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Summary"), style.heading,
        style.text, layout.pt(60));
    layout.addSpace(layout.pt(6));
    for (const QString &paragraph : document.summary) {
        layout.addText(paragraph, style.body, style.text);
        layout.addSpace(layout.pt(6));
    }

    addSubheading(context, QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entries per week"));
    if (document.timeline.isEmpty()) {
        layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter",
                           "There are no entries in this period, so there is no timeline to show."),
            style.body, style.text);
        return;
    }

    const PdfTimelineChart chart(document.timeline, context.locale, style, layout.pt(1));
    const qreal width = layout.width();
    const qreal height = layout.pt(210);
    layout.addBlock(height, [chart, width, height](QPainter &painter, QPointF topLeft) {
        chart.draw(painter, QRectF(topLeft, QSizeF(width, height)));
    });
    layout.addSpace(layout.pt(6));
    int notes = 0;
    int concerns = 0;
    int urgent = 0;
    for (const ReportWeek &week : document.timeline) {
        notes += week.notes;
        concerns += week.concerns;
        urgent += week.urgent;
    }
    layout.addText(
        QCoreApplication::translate("harbor::report::ReportPdfWriter",
            "Each bar is one week, labelled with the Monday it starts. In total: %1 notes, %2 concerns "
            "and %3 urgent entries.")
            .arg(context.locale.toString(notes), context.locale.toString(concerns), context.locale.toString(urgent)),
        style.small, style.muted);
}

} // namespace harbor::report
