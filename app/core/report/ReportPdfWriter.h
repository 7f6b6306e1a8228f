// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportDocument.h"

#include <QString>

class QIODevice;

namespace harbor::report {

// Lays a ReportDocument out as a PDF (US Letter, margins that also print on
// A4): a title page, the summary with a weekly timeline chart, every entry
// with its revision history, and the exhibits with their SHA-256 hashes.
// Every page has a short header (no child names) and "Page X of Y".
// The PDF is not encrypted; it says so on its title page.
class ReportPdfWriter
{
public:
    // Writes the PDF to `out`, which must be open for writing. On failure,
    // returns false and puts a short English reason into *error (if given).
    [[nodiscard]] static bool write(const ReportDocument &document, QIODevice &out, QString *error);
};

} // namespace harbor::report
