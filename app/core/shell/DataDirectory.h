// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace harbor::shell {

// Where Harbor keeps its files. An explicit directory (--data-dir, else the
// HARBOR_DATA_DIR environment variable) confines every file the process
// writes, Qt's and fontconfig's caches included, to that directory.
class DataDirectory
{
public:
    // The option if given, else HARBOR_DATA_DIR, else an empty string.
    [[nodiscard]] static QString explicitLocation(const QString &option);

    // Points XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME and XDG_STATE_HOME
    // (and XDG_RUNTIME_DIR when the session has none) below `dir`. Call
    // before the QGuiApplication exists. Only Harbor's own process is
    // confined: the environment it had before is kept for the programs it
    // starts (userEnvironment()).
    static void confineProcessTo(const QString &dir);

    // The environment the user started Harbor with, for every program Harbor
    // starts (xdg-open, xdg-mime: they must find the user's own handlers and
    // settings, not Harbor's confined folders). The process's environment as
    // it is when nothing was confined.
    [[nodiscard]] static QProcessEnvironment userEnvironment();

    // The platform's per-user application data location (needs the
    // application's name, so call after QCoreApplication exists).
    [[nodiscard]] static QString defaultLocation();

    // Creates `dir` if needed and makes it private to the user (0700).
    [[nodiscard]] static bool ensurePrivate(const QString &dir, QString *error);

    // The folder, inside an explicit data directory, that holds the XDG
    // folders confineProcessTo() points to (one Harbor-named folder, so that
    // a user's own "config" or "cache" is never taken for Harbor's).
    [[nodiscard]] static QString confinementFolder(const QString &dir);

    // Removes every file and folder Harbor creates directly in `dir` (the
    // journal and its key, settings, content packs, staging folders, the
    // back-off record, the confinement folder, and the temporary files of
    // their atomic writes), with everything inside those folders, and
    // nothing else: with --data-dir ~/Documents the user's documents stay.
    // Returns the Harbor paths that could not be removed.
    [[nodiscard]] static QStringList removeHarborFiles(const QString &dir);
    // True when `name`, directly inside the data directory, is one of Harbor's.
    [[nodiscard]] static bool isHarborEntry(const QString &name);
};

} // namespace harbor::shell
