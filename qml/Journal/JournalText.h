// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// journal::EntryText for QML: the names of kinds and severities, in enum
// order (JournalText.severities[Severity.Urgent]), following the language.
// Stateless, so QML makes it; nothing to provide.
class JournalText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList kinds READ kinds NOTIFY changed)
    Q_PROPERTY(QStringList severities READ severities NOTIFY changed)

public:
    explicit JournalText(QObject *parent = nullptr);

    [[nodiscard]] static QStringList kinds();
    [[nodiscard]] static QStringList severities();

Q_SIGNALS:
    void changed();
};

} // namespace harbor::journalui
