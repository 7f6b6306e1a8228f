// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace harbor::content {

class ContentLibrary;

// One thing the guide search found: what it is, its id, its title and the
// start of its text, all in the language in effect.
struct SearchHit
{
    enum class Kind {
        Flow,
        Guide,
        Signs,
        Ages,
        Recovery,
        Resource,
    };
    friend bool operator==(const SearchHit &, const SearchHit &) = default;

    Kind kind = Kind::Guide;
    QString id;
    QString title;
    QString excerpt; // the first text of its body, at most kExcerptLength characters
};

// The guides' search: everything in the pack (flows, platform guides,
// warning signs, tips by age, recovery guidance, and the resources of the
// region shown) whose title or text contains every word typed, case and
// accents ignored, so "sextorsion" finds "sextorsión".
class ContentSearch
{
public:
    static constexpr int kExcerptLength = 140;

    // In the order the guides' home lists them: flows first ("what to do
    // now"), then guides, sign lists, age bands, recovery, resources.
    // Nothing for a text without a word.
    [[nodiscard]] static QList<SearchHit> find(const ContentLibrary &library, const QString &text);
    // "flow", "guide", "signs", "ages", "recovery", "resource": the names
    // the guides page opens by.
    [[nodiscard]] static QString kindName(SearchHit::Kind kind);
};

} // namespace harbor::content
