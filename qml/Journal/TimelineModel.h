// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/JournalQuery.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// Observations per week for one child, split by severity: the bars of the
// timeline chart. At most the last kMaxWeeks weeks that have entries.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by JournalController")
    Q_PROPERTY(bool loading READ isLoading CONSTANT)
    Q_PROPERTY(int childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int maxTotal READ maxTotal NOTIFY countsChanged)
    Q_PROPERTY(int total READ total NOTIFY countsChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY countsChanged)

public:
    static constexpr int kMaxWeeks = 26;

    enum Role {
        WeekStartRole = Qt::UserRole + 1,
        LabelRole,
        NoteRole,
        ConcernRole,
        UrgentRole,
        TotalRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    void setSource(const journal::JournalQuery *query);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const { return false; }
    [[nodiscard]] int childId() const { return static_cast<int>(m_childId); }
    void setChildId(int childId);
    [[nodiscard]] int maxTotal() const;
    [[nodiscard]] int total() const;
    // One sentence for screen readers: the chart in words.
    [[nodiscard]] QString summary() const;

    Q_INVOKABLE void reload();
    // An entry changed: weeks whose counts moved change their row, new
    // weeks are inserted and empty ones at the ends removed, no reset.
    void refresh();

Q_SIGNALS:
    void childIdChanged();
    void countsChanged();

private:
    [[nodiscard]] QList<journal::WeekCount> read() const;

    const journal::JournalQuery *m_query = nullptr;
    qint64 m_childId = 0;
    QList<journal::WeekCount> m_weeks;
};

} // namespace harbor::journalui
