// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace harbor::ui {

// The one language-change signal: the application's LanguageChange event
// (sent when Translations installs another translator) turned into
// changed(), from one object every controller connects to.
class LanguageWatcher : public QObject
{
    Q_OBJECT

public:
    // Created on first use; lives as long as the application object.
    static LanguageWatcher &shared();

    // Transitional: the adapters still making their own watcher move to
    // shared() in this change; the constructor becomes private after.
    explicit LanguageWatcher(QObject *parent);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();
};

} // namespace harbor::ui
