// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/RegionSearch.h"

namespace harbor::content {

QString RegionSearch::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing) {
            continue;
        }
        folded.append(c.toLower());
    }
    return folded.simplified();
}

QList<safety::RegionChoice> RegionSearch::filter(const QList<safety::RegionChoice> &choices, const QString &query)
{
    const QString wanted = fold(query);
    if (wanted.isEmpty()) {
        return choices;
    }
    QList<safety::RegionChoice> byCode;
    QList<safety::RegionChoice> byName;
    for (const safety::RegionChoice &choice : choices) {
        if (fold(choice.postal) == wanted) {
            byCode.append(choice);
            continue;
        }
        const QString name = fold(choice.name);
        // At the start of the name or of one of its words.
        const qsizetype at = name.indexOf(wanted);
        bool wordStart = false;
        for (qsizetype from = at; from >= 0; from = name.indexOf(wanted, from + 1)) {
            if (from == 0 || !name.at(from - 1).isLetterOrNumber()) {
                wordStart = true;
                break;
            }
        }
        if (wordStart) {
            byName.append(choice);
        }
    }
    return byCode + byName;
}

} // namespace harbor::content
