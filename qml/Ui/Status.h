// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace harbor::ui {

// The one shape every QML adapter reports its state in: working or not, the
// error to show (translated) and the field it is about, a notice after
// success, and how far a long job has got. Views read it as
// `controller.status.error` and so on; an adapter replaces the whole value
// and emits its statusChanged().
class Status
{
    Q_GADGET
    QML_VALUE_TYPE(status)
    Q_PROPERTY(bool busy MEMBER busy)
    Q_PROPERTY(QString error MEMBER error)
    Q_PROPERTY(QString errorField MEMBER errorField)
    Q_PROPERTY(QString notice MEMBER notice)
    Q_PROPERTY(double progress MEMBER progress)
    Q_PROPERTY(bool failed READ failed)

public:
    bool busy = false;
    QString error; // translated; empty when nothing went wrong
    QString errorField; // the field an error is about, e.g. "passphrase"
    QString notice; // translated text after success or while working
    double progress = -1; // 0..1 while working, -1 when unknown

    [[nodiscard]] bool failed() const { return !error.isEmpty(); }

    [[nodiscard]] static Status idle() { return {}; }
    [[nodiscard]] static Status working(const QString &notice = {}, double progress = -1)
    {
        Status status;
        status.busy = true;
        status.notice = notice;
        status.progress = progress;
        return status;
    }
    [[nodiscard]] static Status failure(const QString &error, const QString &field = {})
    {
        Status status;
        status.error = error;
        status.errorField = field;
        return status;
    }
    [[nodiscard]] static Status success(const QString &notice)
    {
        Status status;
        status.notice = notice;
        return status;
    }

    friend bool operator==(const Status &, const Status &) = default;
};

} // namespace harbor::ui
