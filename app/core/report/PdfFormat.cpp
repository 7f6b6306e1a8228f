// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfFormat.h"

#include "report/PdfLayout.h"
#include "report/PdfStyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>

namespace harbor::report {

QString pdfHashHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

QString pdfLongDateTime(const QLocale &locale, qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    //: A date and a time of day: "Monday, March 4, 2024, 9:15 PM".
    return QCoreApplication::translate("harbor::report::ReportPdfWriter", "%1, %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), QLocale::ShortFormat));
}

QString pdfShortDateTime(const QLocale &locale, qint64 ms)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

qreal pdfLabelWidth(const PdfSectionContext &context, const QStringList &labels)
{
    qreal width = 0;
    for (const QString &label : labels) {
        width = qMax(width, context.layout.wrap(label, context.style.smallBold, context.layout.width()).naturalWidth());
    }
    return width + context.layout.pt(8);
}

void pdfAddDetails(const PdfSectionContext &context, const QList<PdfDetail> &details, int columns, qreal labelWidth)
{
    PdfLayout &layout = context.layout;
    const PdfStyle &style = context.style;
    QList<PdfDetail> shown;
    for (const PdfDetail &detail : details) {
        if (!detail.value.trimmed().isEmpty()) {
            shown.append(detail);
        }
    }
    if (shown.isEmpty() || columns < 1) {
        return;
    }

    const qreal gutter = layout.pt(16);
    const qreal columnWidth = (layout.width() - gutter * (columns - 1)) / columns;
    if (labelWidth <= 0) {
        QStringList labels;
        for (const PdfDetail &detail : std::as_const(shown)) {
            labels.append(detail.label);
        }
        labelWidth = pdfLabelWidth(context, labels);
    }
    labelWidth = qMin(labelWidth, columnWidth * 0.4);
    // Labels are smaller than values: line their baselines up.
    const qreal labelDrop = QFontMetricsF(style.body, layout.device()).ascent()
        - QFontMetricsF(style.smallBold, layout.device()).ascent();
    const qreal rowGap = layout.pt(2.5);

    for (qsizetype row = 0; row < shown.size(); row += columns) {
        QList<PdfTextBlock> labels;
        QList<PdfTextBlock> values;
        qreal height = 0;
        for (qsizetype i = row; i < qMin(row + columns, shown.size()); ++i) {
            labels.append(layout.wrap(shown.at(i).label, style.smallBold, labelWidth - layout.pt(6)));
            values.append(layout.wrap(shown.at(i).value, style.body, columnWidth - labelWidth));
            height = qMax(height, qMax(labels.last().height() + labelDrop, values.last().height()));
        }
        const QColor muted = style.muted;
        const QColor text = style.text;
        layout.addBlock(height + rowGap, [=](QPainter &painter, QPointF topLeft) {
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const qreal x = topLeft.x() + static_cast<qreal>(i) * (columnWidth + gutter);
                painter.setPen(muted);
                labels.at(i).draw(painter, QPointF(x, topLeft.y() + labelDrop));
                painter.setPen(text);
                values.at(i).draw(painter, QPointF(x + labelWidth, topLeft.y()));
            }
        });
    }
}

} // namespace harbor::report
