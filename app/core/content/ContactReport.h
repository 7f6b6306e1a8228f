// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QDate>
#include <QList>
#include <QString>

namespace harbor::content {

// For reviewers: every phone number and link a pack shows, with its region,
// what it is for, the page it was checked on and when (`harbor-pack report`).
// A number without a source or a date is a problem; one checked longer ago
// than the allowed age is flagged as stale.
class ContactReport
{
public:
    struct Row
    {
        QString region;
        QString resource;
        QString kind; // phone, text, tty, web, county-list
        QString value;
        QString purpose; // the English "for", shortened
        QString source;
        QDate checked;
        QString confirmed; // agency, third-party, unconfirmed
        bool stale = false;
    };

    static ContactReport build(const Pack &pack, const QDate &today, int maxAgeDays);

    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    // Numbers without a source or a checked date: the pack must not ship.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    [[nodiscard]] int staleCount() const;
    // One line per row, tab-separated, with a header; then the problems.
    [[nodiscard]] QString toText() const;

private:
    QList<Row> m_rows;
    QStringList m_problems;
};

} // namespace harbor::content
