// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuideValues.h"
#include "GuidesController.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace harbor::guidesui {

// The search box of one view: what was typed, and what it finds, found
// again when the pack, the region or the language changes while the text
// stays (content::ContentSearch does the finding).
class GuideSearch : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(harbor::guidesui::GuidesController *guides READ guides WRITE setGuides NOTIFY guidesChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // True once a word is typed: the view shows results instead of the lists.
    Q_PROPERTY(bool active READ active NOTIFY queryChanged)
    Q_PROPERTY(QList<harbor::guidesui::SearchResult> results READ results NOTIFY resultsChanged)

public:
    explicit GuideSearch(QObject *parent = nullptr);

    [[nodiscard]] GuidesController *guides() const { return m_guides; }
    void setGuides(GuidesController *guides);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] bool active() const { return !m_query.trimmed().isEmpty(); }
    [[nodiscard]] QList<SearchResult> results() const { return m_results; }

Q_SIGNALS:
    void guidesChanged();
    void queryChanged();
    void resultsChanged();

private:
    void run();

    QPointer<GuidesController> m_guides;
    QString m_query;
    QList<SearchResult> m_results;
};

} // namespace harbor::guidesui
