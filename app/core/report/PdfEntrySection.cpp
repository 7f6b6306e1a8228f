// SPDX-License-Identifier: GPL-3.0-or-later
// The entries: one block each, flowing across pages.
#include "report/PdfLayout.h"
#include "report/PdfSections.h"
#include "report/PdfStyle.h"
#include "report/PdfTable.h"

#include <QCoreApplication>
#include <QPainter>

namespace harbor::report {

namespace {

// The entry's title on a tinted band, with a "Draft" tag on the right.
void addEntryHeading(const PdfSectionContext &context, const ReportEntry &entry)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    const qreal padding = layout.pt(5);
    const QString draftLabel = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Draft");
    const PdfTextBlock draft = layout.wrap(draftLabel, style.smallBold, layout.width());
    const qreal draftWidth = entry.draft ? draft.naturalWidth() + layout.pt(12) : 0;
    //: An entry's heading: its number in the report and its kind ("Entry 3 · Observation").
    const QString title = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entry %1 · %2")
                              .arg(QString::number(entry.number), entry.kind);
    const PdfTextBlock heading
        = layout.wrap(title, style.subheading, layout.width() - 2 * padding - draftWidth - layout.pt(8));
    const qreal height = heading.height() + 2 * padding;
    // Keep the heading with the entry's details and the start of its text.
    layout.ensureSpace(height + layout.pt(110));

    const qreal width = layout.width();
    const bool isDraft = entry.draft;
    const QColor band = style.band;
    const QColor accent = style.accent;
    const QColor text = style.text;
    const QColor draftColor = style.draft;
    const qreal accentWidth = layout.pt(3);
    const qreal tagPadding = layout.pt(6);
    const qreal hairline = layout.pt(0.8);
    const qreal inset = layout.pt(1.5);
    const qreal radius = layout.pt(3);
    layout.addBlock(height, [=](QPainter &painter, QPointF topLeft) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRect(QRectF(topLeft, QSizeF(width, height)));
        painter.setBrush(accent);
        painter.drawRect(QRectF(topLeft, QSizeF(accentWidth, height)));
        painter.setPen(text);
        heading.draw(painter, topLeft + QPointF(padding + accentWidth, padding));
        if (isDraft) {
            const QRectF tag(topLeft.x() + width - padding - draftWidth,
                topLeft.y() + (height - draft.height()) / 2 - inset, draftWidth, draft.height() + 2 * inset);
            painter.setPen(QPen(draftColor, hairline));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(tag, radius, radius);
            painter.setPen(draftColor);
            draft.draw(painter, QPointF(tag.left() + tagPadding, tag.top() + inset));
        }
    });
    layout.addSpace(layout.pt(6));
}

void addHistory(const PdfSectionContext &context, const ReportEntry &entry)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    layout.addSpace(layout.pt(6));
    layout.addHeading(QCoreApplication::translate("harbor::report::ReportPdfWriter", "History"), style.smallBold,
        style.muted, layout.pt(40));
    layout.addSpace(layout.pt(2));

    //: A column of an entry's history: the change's position in the journal's chain of hashes.
    const QString numberTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Link");
    const QString timeTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Time");
    const QString actionTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Action");
    const QString hashTitle = QCoreApplication::translate("harbor::report::ReportPdfWriter", "Hash (SHA-256)");
    qreal numberWidth = PdfTable::fitWidth(layout, numberTitle, style.smallBold);
    qreal timeWidth = PdfTable::fitWidth(layout, timeTitle, style.smallBold);
    qreal actionWidth = PdfTable::fitWidth(layout, actionTitle, style.smallBold);
    const qreal hashWidth = PdfTable::fitWidth(layout, QString(64, QLatin1Char('0')), style.monoSmall);
    for (const ReportRevision &revision : entry.revisions) {
        numberWidth = qMax(numberWidth, PdfTable::fitWidth(layout, QString::number(revision.sequence), style.small));
        timeWidth
            = qMax(timeWidth, PdfTable::fitWidth(layout, pdfShortDateTime(context.locale, revision.atMs), style.small));
        actionWidth = qMax(actionWidth, PdfTable::fitWidth(layout, revision.action, style.small));
    }
    // The hash keeps its one line; the action column gives way first.
    actionWidth = qMax(layout.pt(40), qMin(actionWidth, layout.width() - numberWidth - timeWidth - hashWidth));
    const qreal rest = layout.width() - numberWidth - timeWidth - actionWidth;

    PdfTable table(layout, style,
        { { numberTitle, numberWidth }, { timeTitle, timeWidth }, { actionTitle, actionWidth }, { hashTitle, rest } });
    for (const ReportRevision &revision : entry.revisions) {
        table.addRow({ { QString::number(revision.sequence), style.small },
            { pdfShortDateTime(context.locale, revision.atMs), style.small }, { revision.action, style.small },
            { pdfHashHex(revision.hash), style.monoSmall } });
    }
}

void addEntry(const PdfSectionContext &context, const ReportEntry &entry)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    addEntryHeading(context, entry);
    // When, on one line each; then who and where, in two columns.
    const QList<PdfDetail> when {
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Occurred"),
            pdfLongDateTime(context.locale, entry.occurredAtMs) },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Recorded"),
            pdfLongDateTime(context.locale, entry.recordedAtMs) },
    };
    const QList<PdfDetail> what {
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Child"), entry.child },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Platform"), entry.platform },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Account"), entry.account },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Category"), entry.category },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Severity"), entry.severity },
    };
    QStringList labels;
    for (const PdfDetail &detail : when + what) {
        labels.append(detail.label);
    }
    const qreal labelWidth = pdfLabelWidth(context, labels);
    pdfAddDetails(context, when, 1, labelWidth);
    pdfAddDetails(context, what, 2, labelWidth);
    if (entry.draft) {
        layout.addText(QCoreApplication::translate(
                           "harbor::report::ReportPdfWriter", "Draft: this entry was saved before it was finished."),
            style.small, style.draft);
    }

    for (const ReportField &field : entry.fields) {
        layout.addSpace(layout.pt(7));
        layout.addHeading(field.label, style.bodyBold, style.text, layout.pt(28));
        layout.addSpace(layout.pt(1));
        layout.addText(field.text, style.body, style.text);
    }

    if (!entry.exhibits.isEmpty()) {
        layout.addSpace(layout.pt(7));
        //: The exhibits attached to an entry: "Exhibits: E1, E2".
        layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Exhibits: %1")
                           .arg(entry.exhibits.join(QStringLiteral(", "))),
            style.bodyBold, style.text);
    }
    if (!entry.revisions.isEmpty()) {
        addHistory(context, entry);
    }
}

} // namespace

void layoutEntries(const PdfSectionContext &context, const ReportDocument &document)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    // The heading stays with the start of the first entry.
    layout.addHeading(QCoreApplication::translate("harbor::report::ReportPdfWriter", "Entries"), style.heading,
        style.text, layout.pt(document.entries.isEmpty() ? 20 : 140));
    layout.addSpace(layout.pt(8));
    if (document.entries.isEmpty()) {
        layout.addText(QCoreApplication::translate("harbor::report::ReportPdfWriter", "This report has no entries."),
            style.body, style.text);
        return;
    }
    for (qsizetype i = 0; i < document.entries.size(); ++i) {
        if (i > 0) {
            layout.addSpace(layout.pt(22));
        }
        addEntry(context, document.entries.at(i));
    }
}

} // namespace harbor::report
