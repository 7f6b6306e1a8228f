// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace harbor::ui {

// Turns the application's LanguageChange event into a signal, for
// controllers whose texts (from tr() or a content pack) follow the language.
class LanguageWatcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageWatcher(QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void changed();
};

} // namespace harbor::ui
