// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalText.h"

#include "LanguageWatcher.h"
#include "journal/EntryText.h"

namespace harbor::journalui {

JournalText::JournalText(QObject *parent)
    : QObject(parent)
{
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, &JournalText::changed);
}

QStringList JournalText::kinds()
{
    return journal::EntryText::kinds();
}

QStringList JournalText::severities()
{
    return journal::EntryText::severities();
}

} // namespace harbor::journalui
