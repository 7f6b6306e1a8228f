// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/CategoryCatalog.h"
#include "journal/JournalQuery.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace harbor::journalui {

// The journal list, newest first, filtered, loaded a page at a time as the
// view scrolls (canFetchMore/fetchMore, queued). Sections are days.
class EntryListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by JournalController")
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)
    // Child ids are small row ids: int keeps QML's type checks happy.
    Q_PROPERTY(int childId READ childId WRITE setChildId NOTIFY filterChanged)
    Q_PROPERTY(QString platform READ platform WRITE setPlatform NOTIFY filterChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(int severity READ severity WRITE setSeverity NOTIFY filterChanged)
    // Days as YYYY-MM-DD in local time, both inclusive; empty for no bound.
    Q_PROPERTY(QString fromDay READ fromDay WRITE setFromDay NOTIFY filterChanged)
    Q_PROPERTY(QString toDay READ toDay WRITE setToDay NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    // Only the deleted entries, the ones that can be brought back, instead
    // of the current ones. They are not in the search index: turning this on
    // clears the search text.
    Q_PROPERTY(bool showDeleted READ showDeleted WRITE setShowDeleted NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY filterChanged)

public:
    static constexpr int kPageSize = 50;

    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,
        ChildIdRole,
        ChildNameRole,
        OccurredAtRole,
        DayRole,
        PlatformRole,
        CategoryRole,
        CategoryTitleRole,
        SeverityRole,
        ExcerptRole,
        DraftRole,
        AttachmentCountRole,
        DeletedRole,
    };
    Q_ENUM(Role)

    explicit EntryListModel(QObject *parent = nullptr);

    // Null while the vault is locked: the model is then empty.
    void setSource(const journal::JournalQuery *query, const journal::CategoryCatalog *categories);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] int totalCount() const { return m_totalCount; }
    [[nodiscard]] int childId() const { return static_cast<int>(m_filter.childId); }
    void setChildId(int childId);
    [[nodiscard]] QString platform() const { return m_filter.platform; }
    void setPlatform(const QString &platform);
    [[nodiscard]] QString category() const { return m_filter.category; }
    void setCategory(const QString &category);
    [[nodiscard]] int severity() const { return m_filter.severity; }
    void setSeverity(int severity);
    [[nodiscard]] QString fromDay() const;
    void setFromDay(const QString &day);
    [[nodiscard]] QString toDay() const;
    void setToDay(const QString &day);
    [[nodiscard]] QString searchText() const { return m_filter.text; }
    void setSearchText(const QString &text);
    [[nodiscard]] bool showDeleted() const { return m_filter.deleted; }
    void setShowDeleted(bool showDeleted);
    [[nodiscard]] bool isFiltered() const;

    Q_INVOKABLE void clearFilters();
    // Starts again from the first page (a filter change, another language).
    Q_INVOKABLE void reload();
    // One entry was added, saved, deleted or erased: its row changes, moves,
    // appears or goes, and every other loaded row stays. A new entry older
    // than the loaded rows waits for its page.
    void refreshEntry(qint64 entryId);
    // A child was renamed: the rows about them change.
    void refreshChild(qint64 childId);
    // The category titles changed (language, content update).
    void categoriesChanged();
    // The row of an entry, or -1 when it is not loaded.
    Q_INVOKABLE int rowOf(qint64 entryId) const;

Q_SIGNALS:
    void loadingChanged();
    void totalCountChanged();
    void filterChanged();

private:
    // The page after the loaded rows; notes when nothing is left. reload()
    // loads the first page inside its reset; fetchMore() appends from the
    // event loop, so rows never appear in the middle of a view's update.
    [[nodiscard]] QList<journal::EntrySummary> nextPage();
    void filterEdited();
    void setLoading(bool loading);
    void updateTotal();
    // Where a row belongs in newest-first order among the loaded rows.
    [[nodiscard]] int positionFor(const journal::EntrySummary &summary) const;

    const journal::JournalQuery *m_query = nullptr;
    const journal::CategoryCatalog *m_categories = nullptr;
    journal::JournalFilter m_filter;
    QDate m_fromDate;
    QDate m_toDate;
    QList<journal::EntrySummary> m_rows;
    bool m_exhausted = true;
    bool m_loading = false;
    bool m_fetchQueued = false;
    int m_totalCount = 0;
};

} // namespace harbor::journalui
