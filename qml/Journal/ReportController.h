// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/CategoryCatalog.h"
#include "report/ReportDocument.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace harbor::safety {
class Clock;
}
namespace harbor::vault {
class Vault;
}

namespace harbor::journalui {

// Reports for the hotline, a caseworker or police: the selection (children,
// dates, categories), a preview, the PDF export (after the passphrase is
// entered again; the file is written where the user chose, readable only by
// them) and the hotline call-prep card drawn from the same selection.
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    Q_PROPERTY(QUrl exportedFile READ exportedFile NOTIFY messageChanged)
    Q_PROPERTY(bool hasExport READ hasExport NOTIFY messageChanged)
    // The preview: the report's summary, and its entries as
    // [{ number, when, child, kind, severity, text, exhibits }]
    Q_PROPERTY(QStringList summary READ summary NOTIFY previewChanged)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY previewChanged)
    Q_PROPERTY(int entryCount READ entryCount NOTIFY previewChanged)

public:
    using CategorySource = std::function<journal::CategoryCatalog()>;
    using LanguageSource = std::function<QString()>;

    ReportController(vault::Vault &vault, const safety::Clock &clock, QObject *parent = nullptr);
    ~ReportController() override;

    static void provide(ReportController *instance);
    static ReportController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    void setSources(CategorySource categories, LanguageSource language);

    [[nodiscard]] bool busy() const { return m_worker != nullptr; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QUrl exportedFile() const { return m_exported; }
    [[nodiscard]] bool hasExport() const { return !m_failed && m_exported.isValid(); }
    [[nodiscard]] QStringList summary() const { return m_summary; }
    [[nodiscard]] QVariantList entries() const { return m_entries; }
    [[nodiscard]] int entryCount() const { return static_cast<int>(m_entries.size()); }

    // childIds: ids; from/to: "YYYY-MM-DD" or empty; categories: ids (empty: all).
    Q_INVOKABLE void select(const QVariantList &childIds, const QString &from, const QString &to,
        const QStringList &categories, const QString &preparedBy);
    // Checks the passphrase off the UI thread, then writes the PDF.
    Q_INVOKABLE void exportPdf(const QUrl &file, const QString &passphrase);
    // What hotline intake asks, from the selected entries.
    Q_INVOKABLE QVariantMap callPrep() const;
    // The fields of a draft "hotline call" entry about the selection.
    Q_INVOKABLE QVariantMap callEntryFields() const;

Q_SIGNALS:
    void busyChanged();
    void messageChanged();
    void previewChanged();

private:
    void setMessage(const QString &message, bool failed, const QUrl &exported = {});
    [[nodiscard]] std::optional<report::ReportDocument> build(bool thumbnails, QString *error) const;

    vault::Vault &m_vault;
    const safety::Clock &m_clock;
    CategorySource m_categories;
    LanguageSource m_language;
    QVariantList m_childIds;
    QString m_from;
    QString m_to;
    QStringList m_categoryIds;
    QString m_preparedBy;
    QStringList m_summary;
    QVariantList m_entries;
    QList<qint64> m_selectedEntries;
    QThread *m_worker = nullptr;
    QString m_message;
    bool m_failed = false;
    QUrl m_exported;
    static inline ReportController *s_instance = nullptr;
};

} // namespace harbor::journalui
