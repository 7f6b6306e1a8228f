// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;

namespace harbor::report {

// Text wrapped to a width, measured against the PDF's own paint device so
// what is measured is what is drawn. Every line break in the text is kept
// (blank lines too); long words without a break opportunity, such as hex
// strings or file names, wrap anywhere rather than run over. Cheap to copy:
// the laid-out lines are shared, so a block can be drawn later, a few lines
// on one page and the rest on the next.
class PdfTextBlock
{
public:
    PdfTextBlock() = default;
    PdfTextBlock(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
        Qt::Alignment alignment = Qt::AlignLeft);

    [[nodiscard]] int lineCount() const;
    [[nodiscard]] qreal lineTop(int line) const; // from the block's top
    [[nodiscard]] qreal lineHeight(int line) const;
    [[nodiscard]] qreal height() const;
    [[nodiscard]] qreal naturalWidth() const; // the widest line

    // Draws lines [first, last) so that line `first` starts at `topLeft`.
    void drawLines(QPainter &painter, QPointF topLeft, int first, int last) const;
    void draw(QPainter &painter, QPointF topLeft) const { drawLines(painter, topLeft, 0, lineCount()); }

private:
    struct Line
    {
        int paragraph = -1; // -1: a blank line
        int index = 0; // the line within its paragraph's layout
        qreal top = 0;
        qreal height = 0;
    };
    struct Data
    {
        std::vector<std::unique_ptr<QTextLayout>> paragraphs;
        QList<Line> lines;
        qreal height = 0;
        qreal naturalWidth = 0;
    };
    std::shared_ptr<const Data> m_data;
};

} // namespace harbor::report
