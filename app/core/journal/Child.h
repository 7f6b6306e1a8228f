// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace harbor::journal {

struct ChildPlatform
{
    QString platform; // a platform id or name, e.g. "instagram"
    QString handle; // the child's username there (may be empty)

    friend bool operator==(const ChildPlatform &, const ChildPlatform &) = default;
};

// A child the journal is about: a nickname (never needs a legal name), a
// birth year (0 when not given) and the platforms they use.
struct Child
{
    qint64 id = 0;
    QString nickname;
    int birthYear = 0;
    QList<ChildPlatform> platforms;
};

} // namespace harbor::journal
