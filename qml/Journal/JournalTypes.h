// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/Entry.h"

#include <QObject>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>

// The core's journal values and enums, registered for QML here because the
// core links no Qt QML: `entry` is a value type views read, and
// EntryKind.Observation, Severity.Urgent, EntryState.Deleted replace the
// numbers QML used to compare with.
namespace harbor::journalui {

struct EntryForeign
{
    Q_GADGET
    QML_FOREIGN(harbor::journal::Entry)
    QML_VALUE_TYPE(entry)
};

struct AttachmentRefForeign
{
    Q_GADGET
    QML_FOREIGN(harbor::journal::AttachmentRef)
    QML_VALUE_TYPE(attachmentRef)
};

// The enums, by name, with the core's values. Qt 6.4's QML_FOREIGN_NAMESPACE
// generates registration code that does not compile (it asks for the
// QMetaType of a namespace), so each is declared again here from the core
// enum's own values; there is no number to keep in step.
namespace EntryKindQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(EntryKind)
enum Value {
    Observation = static_cast<int>(journal::EntryKind::Observation),
    Disclosure = static_cast<int>(journal::EntryKind::Disclosure),
    HotlineCall = static_cast<int>(journal::EntryKind::HotlineCall),
};
Q_ENUM_NS(Value)
} // namespace EntryKindQml

namespace SeverityQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(Severity)
enum Value {
    Note = static_cast<int>(journal::Severity::Note),
    Concern = static_cast<int>(journal::Severity::Concern),
    Urgent = static_cast<int>(journal::Severity::Urgent),
};
Q_ENUM_NS(Value)
} // namespace SeverityQml

namespace EntryStateQml {
Q_NAMESPACE
QML_NAMED_ELEMENT(EntryState)
enum Value {
    Active = static_cast<int>(journal::EntryState::Active),
    Deleted = static_cast<int>(journal::EntryState::Deleted),
    Erased = static_cast<int>(journal::EntryState::Erased),
};
Q_ENUM_NS(Value)
} // namespace EntryStateQml

} // namespace harbor::journalui
