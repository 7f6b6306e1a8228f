// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace harbor::journal {

// Turns what a person typed into a safe FTS4 MATCH expression. Bound
// parameters do not stop FTS operator syntax (OR, NEAR/n, -x, *, column:),
// so the expression is rebuilt from scratch: words only (letters and digits
// in any script), each double-quoted, implicitly ANDed; at most 16 tokens
// and 256 characters (SECURITY.md). Operators become plain words; case is
// left to the FTS tokenizer, which folds it the same way for the index. An input
// with no words gives an empty expression, which callers treat as "no text
// filter", never as "match everything".
class FtsQuery
{
public:
    static constexpr int kMaxTokens = 16;
    static constexpr int kMaxChars = 256;

    [[nodiscard]] static QStringList tokens(const QString &input);
    [[nodiscard]] static QString build(const QString &input);
};

} // namespace harbor::journal
