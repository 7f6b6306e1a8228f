// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfTimelineChart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace harbor::report {

PdfTimelineChart::PdfTimelineChart(QList<ReportWeek> weeks, const QLocale &locale, PdfStyle style, qreal unitsPerPoint)
    : m_weeks(std::move(weeks))
    , m_locale(locale)
    , m_style(std::move(style))
    , m_unitsPerPoint(unitsPerPoint)
{
}

int PdfTimelineChart::niceStep(int maximum, int ticks)
{
    if (maximum <= 0 || ticks <= 0) {
        return 1;
    }
    const double raw = static_cast<double>(maximum) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (factor * magnitude >= raw) {
            return qMax(1, static_cast<int>(std::lround(factor * magnitude)));
        }
    }
    return qMax(1, static_cast<int>(std::lround(10 * magnitude)));
}

int PdfTimelineChart::labelEvery(qreal labelWidth, qreal slotWidth)
{
    if (slotWidth <= 0) {
        return 1;
    }
    return qMax(1, static_cast<int>(std::ceil(labelWidth / slotWidth)));
}

void PdfTimelineChart::fill(QPainter &painter, const QRectF &rect, const QColor &color, Pattern pattern) const
{
    painter.save();
    painter.setPen(QPen(color.darker(135), pt(0.5)));
    painter.setBrush(color);
    painter.drawRect(rect);
    if (pattern != Pattern::Solid) {
        // Hatching drawn as lines: PDF viewers scale it cleanly, unlike
        // Qt's bitmap brush patterns.
        // Urgent's cross-hatch is sparser and fainter, so it stays the
        // darkest of the three.
        const bool crossed = pattern == Pattern::Crossed;
        painter.setClipRect(rect);
        painter.setPen(QPen(QColor(255, 255, 255, crossed ? 120 : 200), pt(crossed ? 0.5 : 0.7)));
        const qreal gap = pt(crossed ? 3.4 : 2.6);
        const qreal span = rect.width() + rect.height();
        for (qreal d = 0; d <= span; d += gap) {
            painter.drawLine(
                QPointF(rect.left() + d, rect.bottom()), QPointF(rect.left() + d - rect.height(), rect.top()));
            if (crossed) {
                painter.drawLine(
                    QPointF(rect.right() - d, rect.bottom()), QPointF(rect.right() - d + rect.height(), rect.top()));
            }
        }
    }
    painter.restore();
}

qreal PdfTimelineChart::drawLegend(QPainter &painter, const QRectF &rect) const
{
    struct Item
    {
        QString label;
        QColor color;
        Pattern pattern;
    };
    //: The timeline chart's legend: the severities of entries (notes, concerns, urgent).
    const Item items[] = {
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Notes"), m_style.notes, Pattern::Solid },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Concerns"), m_style.concerns,
            Pattern::Diagonal },
        { QCoreApplication::translate("harbor::report::ReportPdfWriter", "Urgent"), m_style.urgent, Pattern::Crossed },
    };
    painter.setFont(m_style.small);
    const QFontMetricsF metrics(m_style.small, painter.device());
    const qreal swatch = pt(9);
    const qreal height = qMax(swatch, metrics.height());
    qreal x = rect.left();
    for (const Item &item : items) {
        fill(painter, QRectF(x, rect.top() + (height - swatch) / 2, swatch, swatch), item.color, item.pattern);
        x += swatch + pt(4);
        painter.setPen(m_style.text);
        painter.drawText(QPointF(x, rect.top() + (height - metrics.height()) / 2 + metrics.ascent()), item.label);
        x += metrics.horizontalAdvance(item.label) + pt(14);
    }
    return height;
}

void PdfTimelineChart::draw(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    const qreal legendHeight = drawLegend(painter, rect);

    int maximum = 0;
    for (const ReportWeek &week : m_weeks) {
        maximum = qMax(maximum, week.notes + week.concerns + week.urgent);
    }
    const int step = niceStep(qMax(maximum, 1), 4);
    const int top = qMax(step, ((qMax(maximum, 1) + step - 1) / step) * step);

    painter.setFont(m_style.small);
    const QFontMetricsF metrics(m_style.small, painter.device());
    const qreal yLabelWidth = metrics.horizontalAdvance(m_locale.toString(top)) + pt(6);
    const QRectF plot(rect.left() + yLabelWidth, rect.top() + legendHeight + pt(12), rect.width() - yLabelWidth,
        rect.height() - legendHeight - pt(12) - metrics.height() - pt(6));

    // Y axis: grid lines and counts.
    for (int value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * value / top;
        painter.setPen(QPen(value == 0 ? m_style.muted : m_style.rule, pt(value == 0 ? 0.8 : 0.4)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString label = m_locale.toString(value);
        painter.setPen(m_style.muted);
        painter.drawText(QPointF(plot.left() - pt(4) - metrics.horizontalAdvance(label),
                             y - metrics.height() / 2 + metrics.ascent()),
            label);
    }

    // The bars, stacked from the bottom: notes, concerns, urgent.
    const qreal slot = plot.width() / static_cast<qreal>(m_weeks.size());
    const qreal barWidth = qMin(slot * 0.7, pt(28));
    const qreal unit = plot.height() / top;
    // Each bar's total above it, while there is room for it to stay calm.
    const bool showTotals
        = m_weeks.size() <= 26 && metrics.horizontalAdvance(m_locale.toString(maximum)) + pt(4) <= slot;
    for (int i = 0; i < m_weeks.size(); ++i) {
        const ReportWeek &week = m_weeks.at(i);
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        qreal y = plot.bottom();
        const std::pair<int, std::pair<QColor, Pattern>> segments[] = {
            { week.notes, { m_style.notes, Pattern::Solid } },
            { week.concerns, { m_style.concerns, Pattern::Diagonal } },
            { week.urgent, { m_style.urgent, Pattern::Crossed } },
        };
        for (const auto &[count, look] : segments) {
            if (count <= 0) {
                continue;
            }
            const qreal h = unit * count;
            fill(painter, QRectF(x, y - h, barWidth, h), look.first, look.second);
            y -= h;
        }
        const int total = week.notes + week.concerns + week.urgent;
        if (showTotals && total > 0) {
            const QString label = m_locale.toString(total);
            painter.setPen(m_style.text);
            painter.drawText(
                QPointF(x + (barWidth - metrics.horizontalAdvance(label)) / 2, y - metrics.descent() - pt(1.5)), label);
        }
    }

    // X axis: the week each bar starts, thinned out to fit.
    qreal labelWidth = 0;
    for (const ReportWeek &week : m_weeks) {
        labelWidth
            = qMax(labelWidth, metrics.horizontalAdvance(m_locale.toString(week.weekStart, QLocale::ShortFormat)));
    }
    const int every = labelEvery(labelWidth + pt(8), slot);
    painter.setPen(m_style.muted);
    for (int i = 0; i < m_weeks.size(); i += every) {
        const QString label = m_locale.toString(m_weeks.at(i).weekStart, QLocale::ShortFormat);
        const qreal centre = plot.left() + slot * (i + 0.5);
        const qreal width = metrics.horizontalAdvance(label);
        const qreal x = qBound(rect.left(), centre - width / 2, rect.right() - width);
        painter.setPen(QPen(m_style.muted, pt(0.6)));
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + pt(3)));
        painter.drawText(QPointF(x, plot.bottom() + pt(4) + metrics.ascent()), label);
    }
    painter.restore();
}

} // namespace harbor::report
