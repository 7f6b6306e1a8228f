// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfLayout.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPen>

namespace harbor::report {

PdfLayout::PdfLayout(QPaintDevice *device, QRectF contentRect)
    : m_device(device)
    , m_content(contentRect)
    , m_unitsPerPoint(device->logicalDpiY() / 72.0)
    , m_y(contentRect.top())
    , m_pages(1)
{
}

void PdfLayout::newPage()
{
    m_pages.append(QList<DrawOp>());
    m_y = m_content.top();
}

void PdfLayout::ensureSpace(qreal height)
{
    if (height > remaining() && !atPageTop()) {
        newPage();
    }
}

void PdfLayout::addSpace(qreal height)
{
    if (atPageTop()) {
        return;
    }
    if (height >= remaining()) {
        newPage();
        return;
    }
    m_y += height;
}

void PdfLayout::addBlock(qreal height, BlockPainter paint)
{
    ensureSpace(height);
    const QPointF topLeft(m_content.left(), m_y);
    m_pages.last().append([paint = std::move(paint), topLeft](QPainter &painter) {
        painter.save();
        paint(painter, topLeft);
        painter.restore();
    });
    m_y += height;
}

void PdfLayout::addText(const PdfTextBlock &text, const QColor &color, qreal indent)
{
    int first = 0;
    const int count = text.lineCount();
    while (first < count) {
        // As many lines as fit on this page (at least one on a fresh page).
        int last = first;
        const qreal start = text.lineTop(first);
        while (last < count && text.lineTop(last) + text.lineHeight(last) - start <= remaining()) {
            ++last;
        }
        if (last == first) {
            if (!atPageTop()) {
                newPage();
                continue;
            }
            last = first + 1;
        }
        const QPointF topLeft(m_content.left() + indent, m_y);
        m_pages.last().append([text, color, topLeft, first, last](QPainter &painter) {
            painter.save();
            painter.setPen(color);
            text.drawLines(painter, topLeft, first, last);
            painter.restore();
        });
        m_y += text.lineTop(last - 1) + text.lineHeight(last - 1) - start;
        first = last;
        if (first < count) {
            newPage();
        }
    }
}

void PdfLayout::addText(const QString &text, const QFont &font, const QColor &color, qreal indent)
{
    addText(wrap(text, font, width() - indent), color, indent);
}

void PdfLayout::addHeading(const QString &text, const QFont &font, const QColor &color, qreal keepWith)
{
    const PdfTextBlock block = wrap(text, font, width());
    ensureSpace(block.height() + keepWith);
    addText(block, color);
}

PdfTextBlock PdfLayout::wrap(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment) const
{
    return PdfTextBlock(text, font, width, m_device, alignment);
}

} // namespace harbor::report
