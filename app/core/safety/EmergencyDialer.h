// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace harbor {
class Platform;
}

namespace harbor::safety {

// The only road from "call" to the platform's dialer. Validates the number
// first (PhoneNumber); a number that fails is reported and never dialled.
class EmergencyDialer : public QObject
{
    Q_OBJECT

public:
    explicit EmergencyDialer(Platform &platform, QObject *parent = nullptr);

    // Returns false when the number was refused (see refused()).
    bool call(const QString &number);

Q_SIGNALS:
    void handedToDialer(const QString &digits);
    // No dialer here: the UI shows the number, a copy button and a QR code.
    void manualDialNeeded(const QString &digits);
    void refused(const QString &number, const QString &reason);

private:
    Platform &m_platform;
};

} // namespace harbor::safety
