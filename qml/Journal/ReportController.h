// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Singletons.h"
#include "Status.h"
#include "journal/CategoryCatalog.h"
#include "journal/Entry.h"
#include "report/CallPrep.h"
#include "report/ReportDocument.h"
#include "shell/BackgroundJob.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace harbor::safety {
class Clock;
}
namespace harbor::vault {
class Vault;
}

namespace harbor::journalui {

// The hotline call-prep card (report::CallPrep) as a QML value type
// (`callPrepCard`): what intake asks, one line per item.
class CallPrepCard
{
    Q_GADGET
    QML_VALUE_TYPE(callPrepCard)
    Q_PROPERTY(QStringList children MEMBER children)
    Q_PROPERTY(QStringList places MEMBER places)
    Q_PROPERTY(QStringList involved MEMBER involved)
    Q_PROPERTY(QStringList seen MEMBER seen)

public:
    QStringList children;
    QStringList places;
    QStringList involved;
    QStringList seen; // "when: what"
};

// Reports for the hotline, a caseworker or police: the selection (children,
// dates, categories), a preview, the PDF export (after the passphrase is
// entered again and checked by Vault::verifyPassphrase; the file is written
// where the user chose, readable only by them) and the hotline call-prep
// card drawn from the same selection.
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QUrl exportedFile READ exportedFile NOTIFY statusChanged)
    Q_PROPERTY(bool hasExport READ hasExport NOTIFY statusChanged)
    // The preview: the report's summary, and one line per entry
    // ("1. <when> · <child> · <kind>: <text>").
    Q_PROPERTY(QStringList summary READ summary NOTIFY previewChanged)
    Q_PROPERTY(QStringList entryLines READ entryLines NOTIFY previewChanged)
    Q_PROPERTY(int entryCount READ entryCount NOTIFY previewChanged)

public:
    using CategorySource = std::function<journal::CategoryCatalog()>;
    using LanguageSource = std::function<QString()>;

    ReportController(vault::Vault &vault, const safety::Clock &clock, QObject *parent = nullptr);
    ~ReportController() override;

    HARBOR_PROVIDED_SINGLETON(ReportController)
    void setSources(CategorySource categories, LanguageSource language);

    [[nodiscard]] ui::Status status() const { return m_status; }
    [[nodiscard]] bool busy() const { return m_status.busy; }
    [[nodiscard]] QUrl exportedFile() const { return m_exported; }
    [[nodiscard]] bool hasExport() const { return !m_status.failed() && m_exported.isValid(); }
    [[nodiscard]] QStringList summary() const { return m_summary; }
    [[nodiscard]] QStringList entryLines() const;
    [[nodiscard]] int entryCount() const { return static_cast<int>(m_preview.size()); }
    // The entries the preview holds, as the report prints them.
    [[nodiscard]] const QList<report::ReportEntry> &previewEntries() const { return m_preview; }

    // The selection; each change rebuilds the preview. No child or category
    // chosen means all of them.
    Q_INVOKABLE void resetSelection();
    Q_INVOKABLE void setChildIncluded(qint64 childId, bool included);
    Q_INVOKABLE void setCategoryIncluded(const QString &categoryId, bool included);
    // "YYYY-MM-DD" or empty (no limit).
    Q_INVOKABLE void setDates(const QString &from, const QString &to);
    Q_INVOKABLE void setPreparedBy(const QString &preparedBy);
    // Checks the passphrase on the vault's queue, then writes the PDF off
    // the UI thread.
    Q_INVOKABLE void exportPdf(const QUrl &file, const QString &passphrase);
    // What hotline intake asks, from the selected entries.
    Q_INVOKABLE harbor::journalui::CallPrepCard callPrep() const;
    // A draft "hotline call" entry about the selection, to save afterwards.
    Q_INVOKABLE harbor::journal::Entry callEntry() const;
    // Blocks until an export is done (tests); its result still arrives from
    // the event loop.
    void waitForIdle();

Q_SIGNALS:
    void statusChanged();
    void previewChanged();

private:
    void refresh();
    void setStatus(const ui::Status &status, const QUrl &exported = {});
    void startExport(report::ReportDocument document, const QString &path);
    [[nodiscard]] std::optional<report::ReportDocument> build(bool thumbnails, QString *error) const;
    [[nodiscard]] std::optional<report::CallPrep> prepare() const;

    vault::Vault &m_vault;
    const safety::Clock &m_clock;
    CategorySource m_categories;
    LanguageSource m_language;
    QList<qint64> m_childIds;
    QString m_from;
    QString m_to;
    QStringList m_categoryIds;
    QString m_preparedBy;
    QStringList m_summary;
    QList<report::ReportEntry> m_preview;
    shell::BackgroundJob m_job;
    QMetaObject::Connection m_finished;
    ui::Status m_status;
    QUrl m_exported;
};

} // namespace harbor::journalui
