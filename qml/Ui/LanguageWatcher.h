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

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();

private:
    explicit LanguageWatcher(QObject *parent);
};

} // namespace harbor::ui
