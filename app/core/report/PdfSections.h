// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/PdfFormat.h"
#include "report/ReportDocument.h"

namespace harbor::report {

// The report's parts, in order. Each lays its content out through the
// context's PdfLayout; ReportPdfWriter decides where pages break between them.

// Title, who prepared it and when, the period, the children, the categories
// and the journal chain's head hash.
void layoutTitlePage(const PdfSectionContext &context, const ReportDocument &document);
// The summary paragraphs and the timeline chart.
void layoutSummary(const PdfSectionContext &context, const ReportDocument &document);
// Every entry: its details, fields, exhibits and revision history.
void layoutEntries(const PdfSectionContext &context, const ReportDocument &document);
// The exhibit index, then each exhibit's picture (or a note) and caption.
void layoutExhibits(const PdfSectionContext &context, const ReportDocument &document);

} // namespace harbor::report
