// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfTextBlock.h"

#include <QColor>
#include <QList>
#include <QRectF>

#include <functional>

class QPaintDevice;
class QPainter;

namespace harbor::report {

// Pagination. Content is laid out top to bottom into the content area of a
// page; what to draw is kept as a list of drawing operations per page, so the
// number of pages is known before anything is drawn ("Page 3 of 12"). Text
// flows across pages line by line and is never clipped; blocks (a table row,
// a chart, a picture with its caption) move whole to the next page.
class PdfLayout
{
public:
    using DrawOp = std::function<void(QPainter &)>;
    using BlockPainter = std::function<void(QPainter &, QPointF topLeft)>;

    // contentRect: the area between the margins, header and footer, in the
    // device's units.
    explicit PdfLayout(QPaintDevice *device, QRectF contentRect);

    [[nodiscard]] QPaintDevice *device() const { return m_device; }
    [[nodiscard]] qreal pt(qreal points) const { return points * m_unitsPerPoint; }
    [[nodiscard]] qreal width() const { return m_content.width(); }
    [[nodiscard]] qreal left() const { return m_content.left(); }
    [[nodiscard]] qreal pageHeight() const { return m_content.height(); }
    [[nodiscard]] qreal remaining() const { return m_content.bottom() - m_y; }
    [[nodiscard]] bool atPageTop() const { return m_y <= m_content.top(); }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] const QList<QList<DrawOp>> &pages() const { return m_pages; }

    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensureSpace(qreal height);
    // A vertical gap; dropped at the top of a page.
    void addSpace(qreal height);
    // An unbreakable block, moved to the next page when it does not fit.
    void addBlock(qreal height, BlockPainter paint);
    // Wrapped text that flows across pages line by line.
    void addText(const PdfTextBlock &text, const QColor &color, qreal indent = 0);
    void addText(const QString &text, const QFont &font, const QColor &color, qreal indent = 0);
    // A heading kept on the same page as the next `keepWith` of content.
    void addHeading(const QString &text, const QFont &font, const QColor &color, qreal keepWith);

    [[nodiscard]] PdfTextBlock wrap(
        const QString &text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeft) const;

private:
    QPaintDevice *m_device;
    QRectF m_content;
    qreal m_unitsPerPoint;
    qreal m_y;
    QList<QList<DrawOp>> m_pages;
};

} // namespace harbor::report
