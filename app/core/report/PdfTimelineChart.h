// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfStyle.h"
#include "report/ReportDocument.h"

#include <QList>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace harbor::report {

// The summary's bar chart: one stacked bar per week (notes, concerns,
// urgent from the bottom up), a legend, counts on the y axis and week starts
// on the x axis (every few weeks when there are many). The three series
// differ in lightness and pattern as well as colour, so the chart still
// reads in black and white and for colour-blind readers.
class PdfTimelineChart
{
public:
    enum class Pattern {
        Solid,
        Diagonal,
        Crossed,
    };

    PdfTimelineChart(QList<ReportWeek> weeks, const QLocale &locale, PdfStyle style, qreal unitsPerPoint);

    void draw(QPainter &painter, const QRectF &rect) const;

    // The step between labelled counts on the y axis: 1, 2 or 5 times a
    // power of ten, so that about `ticks` steps reach `maximum`.
    [[nodiscard]] static int niceStep(int maximum, int ticks);
    // Label every n-th week so that labels `labelWidth` wide do not overlap
    // in slots `slotWidth` wide.
    [[nodiscard]] static int labelEvery(qreal labelWidth, qreal slotWidth);

private:
    [[nodiscard]] qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    [[nodiscard]] qreal drawLegend(QPainter &painter, const QRectF &rect) const;
    void fill(QPainter &painter, const QRectF &rect, const QColor &color, Pattern pattern) const;

    QList<ReportWeek> m_weeks;
    QLocale m_locale;
    PdfStyle m_style;
    qreal m_unitsPerPoint;
};

} // namespace harbor::report
