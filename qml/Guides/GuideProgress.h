// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject> // before Status.h: its Q_GADGET needs it

#include "GuidesController.h"
#include "Status.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace harbor::guidesui {

// One guide's checklist for one child, for the view that walks through it:
// which steps are ticked, how far along (the progress ring), whether the
// guide changed since (re-check), and ticking. One per view, not a
// singleton: two views can show two children. Reads again when a checklist,
// the vault's state, the pack or the language changes. Nothing is shown
// and nothing can be ticked while the vault is locked or no child is chosen.
class GuideProgress : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(harbor::guidesui::GuidesController *guides READ guides WRITE setGuides NOTIFY guidesChanged)
    Q_PROPERTY(QString guideId READ guideId WRITE setGuideId NOTIFY guideIdChanged)
    Q_PROPERTY(qint64 childId READ childId WRITE setChildId NOTIFY childIdChanged)
    // Steps can be ticked: the checklists are open, a child and a guide are chosen.
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QStringList doneSteps READ doneSteps NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed) // 0–1
    Q_PROPERTY(bool needsRecheck READ needsRecheck NOTIFY changed)
    // Every step done against the guide as it is now.
    Q_PROPERTY(bool complete READ complete NOTIFY changed)
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)

public:
    explicit GuideProgress(QObject *parent = nullptr);

    [[nodiscard]] GuidesController *guides() const { return m_guides; }
    void setGuides(GuidesController *guides);
    [[nodiscard]] QString guideId() const { return m_guideId; }
    void setGuideId(const QString &guideId);
    [[nodiscard]] qint64 childId() const { return m_childId; }
    void setChildId(qint64 childId);

    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] QStringList doneSteps() const;
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] bool needsRecheck() const { return m_needsRecheck; }
    [[nodiscard]] bool complete() const { return m_available && m_progress >= 1 && !m_needsRecheck; }
    [[nodiscard]] ui::Status status() const { return m_status; }

    Q_INVOKABLE bool isDone(const QString &stepId) const { return m_done.contains(stepId); }
    // Ticks or unticks a step for the child; false (and status.error) when
    // it could not be saved.
    Q_INVOKABLE bool setDone(const QString &stepId, bool done);
    // Starts the child's checklist over after the guide changed.
    Q_INVOKABLE bool recheck();

Q_SIGNALS:
    void guidesChanged();
    void guideIdChanged();
    void childIdChanged();
    void changed();
    void statusChanged();

private:
    // Reads the child's checklist for the guide again.
    void refresh();
    void setStatus(const ui::Status &status);
    void saved(bool ok);

    QPointer<GuidesController> m_guides;
    QString m_guideId;
    qint64 m_childId = 0;
    bool m_available = false;
    QSet<QString> m_done;
    double m_progress = 0;
    bool m_needsRecheck = false;
    ui::Status m_status;
};

} // namespace harbor::guidesui
