// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace harbor::content {

// Parses and validates a content pack (assets/content/SCHEMA.md) from its
// files' bytes, keyed by path relative to pack.json. A problem with
// pack.json itself, a missing or oversized file refuses the whole pack;
// a document that does not validate, or links to an id that does not exist,
// is left out and named in Pack::problems: one bad guide never blanks the
// rest.
class PackParser
{
public:
    static constexpr qint64 kMaxFileBytes = qint64 { 2 } * 1024 * 1024;
    static constexpr qint64 kMaxPackBytes = qint64 { 8 } * 1024 * 1024;
    static constexpr int kFormat = 1;

    // A file path a pack may use: lowercase words, folders, ".json".
    [[nodiscard]] static bool isSafePath(const QString &path);
    [[nodiscard]] static std::optional<Pack> parse(const QMap<QString, QByteArray> &files, QString *error);
};

} // namespace harbor::content
