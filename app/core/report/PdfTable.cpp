// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfTable.h"

#include "report/PdfLayout.h"
#include "report/PdfStyle.h"

#include <QPainter>

namespace harbor::report {

namespace {
constexpr qreal kPaddingPoints = 3.5;
} // namespace

PdfTable::PdfTable(PdfLayout &layout, const PdfStyle &style, QList<PdfTableColumn> columns)
    : m_layout(layout)
    , m_style(style)
    , m_columns(std::move(columns))
{
}

qreal PdfTable::fitWidth(const PdfLayout &layout, const QString &text, const QFont &font)
{
    // A hair over the measured width, so rounding never wraps the text.
    return layout.wrap(text, font, layout.width() * 4).naturalWidth() + 2 * layout.pt(kPaddingPoints) + layout.pt(1);
}

void PdfTable::addHeader()
{
    const qreal padding = m_layout.pt(kPaddingPoints);
    QList<PdfTextBlock> blocks;
    qreal height = 0;
    for (const PdfTableColumn &column : std::as_const(m_columns)) {
        blocks.append(m_layout.wrap(column.title, m_style.smallBold, column.width - 2 * padding));
        height = qMax(height, blocks.last().height());
    }
    height += 2 * padding;
    const QList<PdfTableColumn> columns = m_columns;
    const QColor band = m_style.band;
    const QColor muted = m_style.muted;
    const qreal total = m_layout.width();
    m_layout.addBlock(height, [=](QPainter &painter, QPointF topLeft) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRect(QRectF(topLeft, QSizeF(total, height)));
        painter.setPen(muted);
        qreal x = topLeft.x();
        for (int i = 0; i < columns.size(); ++i) {
            blocks.at(i).draw(painter, QPointF(x + padding, topLeft.y() + padding));
            x += columns.at(i).width;
        }
    });
    m_headerPage = m_layout.pageCount();
}

void PdfTable::addRow(const QList<PdfTableCell> &cells)
{
    const qreal padding = m_layout.pt(kPaddingPoints);
    QList<PdfTextBlock> blocks;
    qreal height = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const PdfTableCell cell = i < cells.size() ? cells.at(i) : PdfTableCell { QString(), m_style.small };
        blocks.append(m_layout.wrap(cell.text, cell.font, m_columns.at(i).width - 2 * padding));
        height = qMax(height, blocks.last().height());
    }
    height += 2 * padding;

    if (m_headerPage < 0) {
        // The header stays with the first row.
        m_layout.ensureSpace(height * 2 + 4 * padding);
        addHeader();
    }
    if (height > m_layout.remaining() && !m_layout.atPageTop()) {
        m_layout.newPage();
    }
    if (m_headerPage != m_layout.pageCount()) {
        addHeader();
    }

    const QList<PdfTableColumn> columns = m_columns;
    const QColor text = m_style.text;
    const QColor rule = m_style.rule;
    const qreal total = m_layout.width();
    const qreal hairline = m_layout.pt(0.5);
    m_layout.addBlock(height, [=](QPainter &painter, QPointF topLeft) {
        painter.setPen(text);
        qreal x = topLeft.x();
        for (int i = 0; i < columns.size(); ++i) {
            blocks.at(i).draw(painter, QPointF(x + padding, topLeft.y() + padding));
            x += columns.at(i).width;
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(rule);
        painter.drawRect(QRectF(topLeft.x(), topLeft.y() + height - hairline, total, hairline));
    });
}

} // namespace harbor::report
