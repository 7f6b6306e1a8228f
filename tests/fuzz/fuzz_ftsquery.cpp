// SPDX-License-Identifier: GPL-3.0-or-later
// Search text is typed by people and pasted from anywhere. Whatever it is,
// the MATCH expression built from it holds at most 16 double-quoted words
// and no other FTS syntax.
#include "journal/FtsQuery.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using harbor::journal::FtsQuery;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList tokens = FtsQuery::tokens(input);
    if (tokens.size() > FtsQuery::kMaxTokens) {
        std::abort();
    }
    qsizetype characters = 0;
    for (const QString &token : tokens) {
        characters += token.size();
        for (const QChar c : token) {
            if (c == u'"' || c == u'*' || c == u'-' || c == u':' || c == u'(' || c == u')' || c.isSpace()) {
                std::abort();
            }
        }
    }
    if (characters > FtsQuery::kMaxChars) {
        std::abort();
    }
    const QString expression = FtsQuery::build(input);
    if (expression.count(u'"') != 2 * tokens.size()) {
        std::abort();
    }
    return 0;
}
