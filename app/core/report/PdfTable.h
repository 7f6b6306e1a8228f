// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace harbor::report {

class PdfLayout;
struct PdfStyle;

struct PdfTableColumn
{
    QString title;
    qreal width = 0; // device units, padding included
};

struct PdfTableCell
{
    QString text;
    QFont font;
};

// A simple ruled table laid out through PdfLayout: a header row on a tinted
// band, then one row per addRow(). Cells wrap; a row never splits, and the
// header is repeated at the top of every page the table continues on.
class PdfTable
{
public:
    PdfTable(PdfLayout &layout, const PdfStyle &style, QList<PdfTableColumn> columns);

    void addRow(const QList<PdfTableCell> &cells);

    // The width `text` needs in `font` on one line, padding included.
    [[nodiscard]] static qreal fitWidth(const PdfLayout &layout, const QString &text, const QFont &font);

private:
    void addHeader();

    PdfLayout &m_layout;
    const PdfStyle &m_style;
    QList<PdfTableColumn> m_columns;
    int m_headerPage = -1; // the last page the header was drawn on
};

} // namespace harbor::report
