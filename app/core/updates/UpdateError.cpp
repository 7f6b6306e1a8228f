// SPDX-License-Identifier: GPL-3.0-or-later
#include "updates/UpdateError.h"

namespace harbor::updates {

QString UpdateError::message() const
{
    const QString kept = tr("The guides and numbers you have stay as they are.");
    switch (code) {
    case Code::None:
        return {};
    case Code::NotHttps:
        return tr("The update address must start with https://, so nothing was downloaded.") + QLatin1Char(' ') + kept;
    case Code::Unreachable:
    case Code::Network:
        return tr("Harbor could not reach the update server. It will try again later.") + QLatin1Char(' ') + kept;
    case Code::Certificate:
    case Code::Tls:
        return tr("The update server could not prove who it is, so Harbor did not trust it.") + QLatin1Char(' ') + kept;
    case Code::TooSlow:
        return tr("The update server was too slow, so Harbor stopped. It will try again later.") + QLatin1Char(' ')
            + kept;
    case Code::TooLarge:
        return tr("The update server sent more than an update can be, so Harbor stopped.") + QLatin1Char(' ') + kept;
    case Code::Truncated:
        return tr("The download stopped before it was complete. It will be tried again later.") + QLatin1Char(' ')
            + kept;
    case Code::HttpStatus:
        return tr("The update server answered with error %1.").arg(status) + QLatin1Char(' ') + kept;
    case Code::Redirected:
        return tr("The update server tried to send Harbor to another address. Harbor only talks to the address in "
                  "Settings, so nothing was downloaded.")
            + QLatin1Char(' ') + kept;
    case Code::BadSignature:
        return tr("The update is not signed by Harbor's publisher, so it was refused.") + QLatin1Char(' ') + kept;
    case Code::Malformed:
    case Code::InvalidPack:
        return tr("The update is damaged or in a form this version cannot read, so it was refused.") + QLatin1Char(' ')
            + kept;
    case Code::Rollback:
        return tr("The update is older than the content you have, so it was refused.") + QLatin1Char(' ') + kept;
    case Code::Expired:
        return tr("The update has expired, so it was refused. Check the device's date and time.") + QLatin1Char(' ')
            + kept;
    case Code::AppTooOld:
        return tr("The new content needs a newer version of Harbor. Update the app to get it.") + QLatin1Char(' ')
            + kept;
    case Code::HashMismatch:
        return tr("A downloaded file does not match the signed list, so the update was refused.") + QLatin1Char(' ')
            + kept;
    case Code::Storage:
        return tr("The device could not store the update. Free some space and try again.") + QLatin1Char(' ') + kept;
    case Code::Cancelled:
        return tr("The update check was stopped.") + QLatin1Char(' ') + kept;
    }
    return {};
}

const char *UpdateError::name(Code code)
{
    switch (code) {
    case Code::None:
        return "none";
    case Code::NotHttps:
        return "not-https";
    case Code::Unreachable:
        return "unreachable";
    case Code::Certificate:
        return "certificate";
    case Code::Tls:
        return "tls";
    case Code::TooSlow:
        return "too-slow";
    case Code::TooLarge:
        return "too-large";
    case Code::Truncated:
        return "truncated";
    case Code::HttpStatus:
        return "http-status";
    case Code::Redirected:
        return "redirected";
    case Code::BadSignature:
        return "bad-signature";
    case Code::Malformed:
        return "malformed";
    case Code::Rollback:
        return "rollback";
    case Code::Expired:
        return "expired";
    case Code::AppTooOld:
        return "app-too-old";
    case Code::HashMismatch:
        return "hash-mismatch";
    case Code::InvalidPack:
        return "invalid-pack";
    case Code::Storage:
        return "storage";
    case Code::Cancelled:
        return "cancelled";
    case Code::Network:
        return "network";
    }
    return "unknown";
}

} // namespace harbor::updates
