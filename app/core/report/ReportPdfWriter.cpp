// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPdfWriter.h"

#include "report/PdfLayout.h"
#include "report/PdfSections.h"
#include "report/PdfStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace harbor::report {

namespace {

constexpr int kResolution = 300;
// Margins in points. US Letter is 612 × 792 pt and A4 595 × 842 pt: with
// 54 pt at the sides the text still sits well inside an A4 sheet.
constexpr qreal kSideMargin = 54;
constexpr qreal kTopMargin = 72; // the header sits inside it
constexpr qreal kBottomMargin = 66; // the footer sits inside it

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

// The running header and footer: no names, only what the report is and
// where the reader is in it.
void drawPageFrame(QPainter &painter, const PdfStyle &style, const QRectF &page, qreal pt, const QString &header,
    int pageNumber, int pageCount)
{
    painter.save();
    painter.setFont(style.small);
    const QFontMetricsF metrics(style.small, painter.device());
    const qreal left = kSideMargin * pt;
    const qreal right = page.width() - kSideMargin * pt;

    const qreal headerBaseline = 40 * pt;
    painter.setPen(style.muted);
    painter.drawText(QPointF(left, headerBaseline), header);
    painter.setPen(QPen(style.rule, 0.6 * pt));
    painter.drawLine(QPointF(left, headerBaseline + 7 * pt), QPointF(right, headerBaseline + 7 * pt));

    const qreal footerBaseline = page.height() - 36 * pt;
    painter.drawLine(QPointF(left, footerBaseline - metrics.ascent() - 7 * pt),
        QPointF(right, footerBaseline - metrics.ascent() - 7 * pt));
    //: The footer on every page: "Page 3 of 12".
    const QString footer = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Page %1 of %2")
                               .arg(QString::number(pageNumber), QString::number(pageCount));
    painter.setPen(style.muted);
    painter.drawText(QPointF(right - metrics.horizontalAdvance(footer), footerBaseline), footer);
    painter.restore();
}

} // namespace

bool ReportPdfWriter::write(const ReportDocument &document, QIODevice &out, QString *error)
{
    if (!out.isOpen() || !out.isWritable()) {
        return fail(error, QStringLiteral("The output device is not open for writing."));
    }

    const QLocale locale(document.language);
    const QString title = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Journal report");
    QPdfWriter writer(&out);
    writer.setResolution(kResolution);
    writer.setCreator(QStringLiteral("Harbor"));
    writer.setTitle(title);
    if (!writer.setPageSize(QPageSize(QPageSize::Letter))
        || !writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point)) {
        return fail(error, QStringLiteral("Could not set up the PDF page."));
    }

    const qreal pt = kResolution / 72.0;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QRectF content = page.adjusted(kSideMargin * pt, kTopMargin * pt, -kSideMargin * pt, -kBottomMargin * pt);
    const PdfStyle style;
    PdfLayout layout(&writer, content);
    const PdfSectionContext context { layout, style, locale };

    // First lay everything out, so the page count is known... Each part
    // with something in it starts on a page of its own; a report with
    // nothing in it stays on one page.
    const auto nextPart = [&layout](bool ownPage) {
        if (ownPage) {
            layout.newPage();
        } else {
            layout.addSpace(layout.pt(28));
        }
    };
    layoutTitlePage(context, document);
    nextPart(!document.entries.isEmpty() || !document.exhibits.isEmpty());
    layoutSummary(context, document);
    nextPart(!document.entries.isEmpty());
    layoutEntries(context, document);
    nextPart(!document.exhibits.isEmpty());
    layoutExhibits(context, document);

    // ... then draw it, page by page.
    //: The running header on every page; %1 is the date the report was made.
    const QString header
        = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Harbor journal report — generated %1")
              .arg(locale.toString(document.generatedAt.date(), QLocale::LongFormat));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return fail(error, QStringLiteral("Could not start painting the PDF."));
    }
    const int pageCount = layout.pageCount();
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage()) {
            painter.end();
            return fail(error, QStringLiteral("Could not start a new PDF page."));
        }
        drawPageFrame(painter, style, page, pt, header, i + 1, pageCount);
        for (const PdfLayout::DrawOp &op : layout.pages().at(i)) {
            op(painter);
        }
    }
    if (!painter.end()) {
        return fail(error, QStringLiteral("Could not finish the PDF."));
    }
    return true;
}

} // namespace harbor::report
