// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace harbor::content {

// Reads a pack's files from a folder (the data directory, or the pack built
// into the app under ":/content/default") and hands them to PackParser.
// Reads pack.json first and then only the files it lists, each bounded in
// size, so a hostile folder cannot make it read anything else.
class PackLoader
{
public:
    static inline const QString kEmbedded = QStringLiteral(":/content/default");

    [[nodiscard]] static QMap<QString, QByteArray> readFiles(const QString &folder, QString *error);
    [[nodiscard]] static std::optional<Pack> load(const QString &folder, QString *error);
    // The pack built into the app: always there, the fallback for any other.
    [[nodiscard]] static Pack embedded();
    // Start-up: reads and parses the built-in pack on a worker thread (a
    // shell::BackgroundJob), while the UI thread connects to the window
    // system; the next embedded() waits for that result instead of reading
    // the pack again. Call on the UI thread, before embedded().
    static void preloadEmbedded();
};

} // namespace harbor::content
