// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/FtsQuery.h"

namespace harbor::journal {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

} // namespace

QStringList FtsQuery::tokens(const QString &input)
{
    // Normalise first so "é" typed as e + combining accent matches "é".
    const QString text = input.left(kMaxChars).normalized(QString::NormalizationForm_C);
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty() && result.size() < kMaxTokens) {
            result.append(current);
        }
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            // Emoji and other astral characters separate words; the FTS4
            // "simple" tokenizer would not index them anyway.
            ++i;
            flush();
        } else if (isWordChar(c)) {
            current.append(c);
        } else {
            flush();
        }
    }
    flush();
    return result;
}

QString FtsQuery::build(const QString &input)
{
    QStringList quoted;
    for (const QString &token : tokens(input)) {
        // Tokens hold no quote characters, so wrapping them is enough.
        quoted.append(u'"' + token + u'"');
    }
    return quoted.join(u' ');
}

} // namespace harbor::journal
