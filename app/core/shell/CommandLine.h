// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace harbor::shell {

struct CommandLine
{
    enum class Mode {
        Run,
        Version,
        Help,
        SelfTest,
        Screenshot,
        // Tests only: see app/LockProbe.h.
        LockProbe,
        UsageError,
    };

    Mode mode = Mode::Run;
    QString dataDir;
    QString screenshotPath;
    QSize windowSize;
    // The destination shown first: 0 guides, 1 journal, 2 resources, 3 settings.
    int page = 0;
    // Prints "harbor-first-frame" on stdout when the emergency bar first shows
    // (used by tests/bench; the process keeps running).
    bool reportFirstFrame = false;
    // Qt's own standard options (-platform NAME, -reverse, -style NAME, ...)
    // as given, with their values. They are not Harbor's to parse:
    // QGuiApplication reads them from argv itself.
    QStringList qtOptions;
    QString error;

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    // Parsing needs no QCoreApplication, so it runs before one exists.
    [[nodiscard]] static CommandLine parse(const QStringList &arguments);
    [[nodiscard]] static QString usage();
    // The manual page harbor(1), in roff, from the same options as usage().
    // `date` (YYYY-MM-DD) is the release's, so the page is reproducible.
    [[nodiscard]] static QString manPage(const QString &version, const QString &date);
    [[nodiscard]] static int exitCodeForUsageError() { return 2; }
};

} // namespace harbor::shell
