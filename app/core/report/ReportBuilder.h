// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/CategoryCatalog.h"
#include "journal/JournalError.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::vault {
class Database;
}
namespace harbor::safety {
class Clock;
}

namespace harbor::report {

// What the user chose to put in a report.
struct ReportSelection
{
    QList<qint64> childIds; // empty: every child
    QDate from; // invalid: from the first entry
    QDate to; // invalid: up to today
    QStringList categories; // category ids; empty: every category
    bool includeDrafts = true;
    QString preparedBy;
    QString language = QStringLiteral("en");
    // Decode and scale pictures for the exhibits (the PDF); a preview skips it.
    bool thumbnails = true;
};

// Reads the journal (entries not deleted, with their revision history and
// attachments) and puts what was selected into a ReportDocument, in the
// app's current language. The whole chain's head and length are included
// so a reader can check the journal the report came from.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(harbor::report::ReportBuilder)

public:
    ReportBuilder(vault::Database &db, journal::CategoryCatalog categories, const safety::Clock &clock);

    [[nodiscard]] ReportDocument build(const ReportSelection &selection, journal::JournalError *error) const;
    // Decodes the pictures kept by build() (selection.thumbnails) into
    // thumbnails, in harbor-decoder; blocking, so call it on a worker. A
    // picture the decoder refuses is listed without one. Drops the bytes.
    static void addThumbnails(ReportDocument &document);

    static constexpr int kThumbnailEdge = 600;

private:
    vault::Database &m_db;
    journal::CategoryCatalog m_categories;
    const safety::Clock &m_clock;
};

} // namespace harbor::report
