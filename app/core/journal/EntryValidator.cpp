// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/EntryValidator.h"

namespace harbor::journal {

namespace {

JournalError required(const char *field)
{
    return { JournalError::Code::Required, QString::fromLatin1(field) };
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

JournalError EntryValidator::check(const Entry &entry, qint64 nowMs)
{
    // Values from outside C++ (QML, an import) may be any number.
    if (entry.kind < EntryKind::Observation || entry.kind > EntryKind::HotlineCall) {
        return { JournalError::Code::InvalidValue, QStringLiteral("kind") };
    }
    if (entry.severity < Severity::Note || entry.severity > Severity::Urgent) {
        return { JournalError::Code::InvalidValue, QStringLiteral("severity") };
    }
    if (entry.occurredAtMs <= 0) {
        return required("occurredAt");
    }
    if (entry.occurredAtMs > nowMs + kFutureGraceMs) {
        return { JournalError::Code::FutureDate, QStringLiteral("occurredAt") };
    }
    if (entry.draft) {
        // A draft (a quick note, or what was typed when the journal locked)
        // needs only something written in it: nothing typed is ever lost.
        const bool empty = blank(entry.text) && blank(entry.childWords) && blank(entry.said) && blank(entry.reference)
            && blank(entry.nextSteps) && blank(entry.answeredBy) && blank(entry.actions) && blank(entry.witnesses)
            && blank(entry.place) && blank(entry.account) && blank(entry.platform) && blank(entry.present)
            && entry.tags.isEmpty();
        if (empty) {
            return required(entry.kind == EntryKind::Disclosure ? "childWords"
                    : entry.kind == EntryKind::HotlineCall      ? "said"
                                                                : "text");
        }
    } else {
        switch (entry.kind) {
        case EntryKind::Observation:
            if (blank(entry.text)) {
                return required("text");
            }
            break;
        case EntryKind::Disclosure:
            if (blank(entry.childWords)) {
                return required("childWords");
            }
            break;
        case EntryKind::HotlineCall:
            if (blank(entry.said) && blank(entry.reference) && blank(entry.nextSteps) && blank(entry.answeredBy)) {
                return required("said");
            }
            break;
        }
    }
    for (const QString *field :
        { &entry.platform, &entry.account, &entry.text, &entry.actions, &entry.witnesses, &entry.place,
            &entry.childWords, &entry.present, &entry.answeredBy, &entry.reference, &entry.said, &entry.nextSteps }) {
        if (field->size() > kMaxFieldChars) {
            return { JournalError::Code::InvalidValue, QStringLiteral("text") };
        }
    }
    return {};
}

} // namespace harbor::journal
