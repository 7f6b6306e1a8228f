// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfTextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

namespace harbor::report {

namespace {
// A little air between lines: easier to read, on paper and on screen.
constexpr qreal kLineSpacing = 1.18;
} // namespace

PdfTextBlock::PdfTextBlock(
    const QString &text, const QFont &font, qreal width, QPaintDevice *device, Qt::Alignment alignment)
{
    auto data = std::make_shared<Data>();
    const qreal blankHeight = QFontMetricsF(font, device).height() * kLineSpacing;
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalized.replace(QChar::LineSeparator, QLatin1Char('\n'));
    normalized.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    normalized.replace(QLatin1Char('\t'), QStringLiteral("    "));

    qreal top = 0;
    const QStringList paragraphs = normalized.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        if (paragraph.trimmed().isEmpty()) {
            data->lines.append(Line { -1, 0, top, blankHeight });
            top += blankHeight;
            continue;
        }
        auto layout = std::make_unique<QTextLayout>(paragraph, font, device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLeadingIncluded(true);
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            const qreal height = line.height() * kLineSpacing;
            data->lines.append(Line { static_cast<int>(data->paragraphs.size()), line.lineNumber(), top, height });
            data->naturalWidth = qMax(data->naturalWidth, line.naturalTextWidth());
            y += line.height();
            top += height;
        }
        layout->endLayout();
        data->paragraphs.push_back(std::move(layout));
    }
    data->height = top;
    m_data = std::move(data);
}

int PdfTextBlock::lineCount() const
{
    return m_data ? static_cast<int>(m_data->lines.size()) : 0;
}

qreal PdfTextBlock::lineTop(int line) const
{
    return m_data->lines.at(line).top;
}

qreal PdfTextBlock::lineHeight(int line) const
{
    return m_data->lines.at(line).height;
}

qreal PdfTextBlock::height() const
{
    return m_data ? m_data->height : 0;
}

qreal PdfTextBlock::naturalWidth() const
{
    return m_data ? m_data->naturalWidth : 0;
}

void PdfTextBlock::drawLines(QPainter &painter, QPointF topLeft, int first, int last) const
{
    if (!m_data || first >= last) {
        return;
    }
    const qreal shift = m_data->lines.at(first).top;
    for (int i = first; i < last; ++i) {
        const Line &entry = m_data->lines.at(i);
        if (entry.paragraph < 0) {
            continue;
        }
        const QTextLine line = m_data->paragraphs.at(static_cast<size_t>(entry.paragraph))->lineAt(entry.index);
        // QTextLine::draw adds the line's own position within its paragraph.
        line.draw(&painter, topLeft + QPointF(0, entry.top - shift - line.y()));
    }
}

} // namespace harbor::report
