// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace harbor::journal {

// One label and its value, as the detail view and the report list them.
struct EntryField
{
    QString label;
    QString value;

    friend bool operator==(const EntryField &, const EntryField &) = default;
};

// The one table of an entry's words: the names of its kinds, severities and
// states and the labels of its fields, shared by the editor, the detail view
// and the PDF report so that they always say the same thing (and are
// translated once). Header-only: small switch tables the compiler inlines.
class EntryText
{
    Q_DECLARE_TR_FUNCTIONS(harbor::journal::EntryText)

public:
    [[nodiscard]] static QString kind(EntryKind kind)
    {
        switch (kind) {
        case EntryKind::Disclosure:
            return tr("Disclosure");
        case EntryKind::HotlineCall:
            return tr("Hotline call");
        case EntryKind::Observation:
            break;
        }
        return tr("Observation");
    }

    [[nodiscard]] static QString severity(Severity severity)
    {
        switch (severity) {
        case Severity::Concern:
            return tr("Concern");
        case Severity::Urgent:
            return tr("Urgent");
        case Severity::Note:
            break;
        }
        return tr("Note");
    }

    [[nodiscard]] static QString state(EntryState state)
    {
        switch (state) {
        case EntryState::Deleted:
            return tr("Deleted");
        case EntryState::Erased:
            return tr("Erased");
        case EntryState::Active:
            break;
        }
        return tr("Active");
    }

    // In enum order, for pickers and legends.
    [[nodiscard]] static QStringList kinds()
    {
        return { kind(EntryKind::Observation), kind(EntryKind::Disclosure), kind(EntryKind::HotlineCall) };
    }
    [[nodiscard]] static QStringList severities()
    {
        return { severity(Severity::Note), severity(Severity::Concern), severity(Severity::Urgent) };
    }

    // What the user wrote, label by label in reading order, leaving out empty
    // fields. The severity and category are left to the caller (the report
    // shows them in its own table, the detail view in its rows).
    [[nodiscard]] static QList<EntryField> writtenFields(const Entry &entry)
    {
        const QList<EntryField> all {
            { tr("What happened"), entry.text },
            { tr("The child's own words"), entry.childWords },
            { tr("Who was present"), entry.present },
            { tr("Who answered"), entry.answeredBy },
            { tr("Reference number"), entry.reference },
            { tr("What they said"), entry.said },
            { tr("Next steps"), entry.nextSteps },
            { tr("What I did"), entry.actions },
            { tr("Witnesses"), entry.witnesses },
            { tr("Place"), entry.place },
            { tr("Tags"), entry.tags.join(QStringLiteral(", ")) },
        };
        QList<EntryField> shown;
        for (const EntryField &field : all) {
            if (!field.value.trimmed().isEmpty()) {
                shown.append(field);
            }
        }
        return shown;
    }
};

} // namespace harbor::journal
