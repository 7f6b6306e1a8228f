// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace harbor::report {

class PdfLayout;
struct PdfStyle;

// What every section of the report needs: where to lay out, in which style,
// and the report's language for dates and numbers.
struct PdfSectionContext
{
    PdfLayout &layout;
    const PdfStyle &style;
    QLocale locale;
};

struct PdfDetail
{
    QString label;
    QString value;
};

// A hash as lowercase hex, all of it (64 digits for SHA-256).
[[nodiscard]] QString pdfHashHex(const QByteArray &hash);
// A time in ms since the epoch (UTC), in local time: the long date and the
// short time ("Monday, March 4, 2024, 9:15 PM").
[[nodiscard]] QString pdfLongDateTime(const QLocale &locale, qint64 ms);
// The same, short ("3/4/24 9:15 PM"), for tables.
[[nodiscard]] QString pdfShortDateTime(const QLocale &locale, qint64 ms);

// The width of a label column that fits each of `labels`.
[[nodiscard]] qreal pdfLabelWidth(const PdfSectionContext &context, const QStringList &labels);
// Label-value pairs in `columns` columns, labels muted on the left of each
// value (in a column `labelWidth` wide, or as wide as these labels need);
// details with an empty value are left out.
void pdfAddDetails(
    const PdfSectionContext &context, const QList<PdfDetail> &details, int columns, qreal labelWidth = 0);

} // namespace harbor::report
