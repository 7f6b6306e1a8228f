// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace harbor::updates {

// Why a content update was not installed. Whatever the reason, the pack in
// use stays as it was.
struct UpdateError
{
    Q_DECLARE_TR_FUNCTIONS(harbor::updates::UpdateError)

public:
    enum class Code {
        None,
        NotHttps, // the update address, or a redirect, is not https
        Unreachable,
        Certificate,
        Tls,
        TooSlow,
        TooLarge,
        Truncated,
        HttpStatus, // see status
        Redirected, // the server answered with a redirect, which is never followed
        BadSignature,
        Malformed, // a signed manifest the app cannot use (see detail)
        Rollback, // older than the pack in use
        Expired,
        AppTooOld,
        HashMismatch, // a file is not the one the manifest lists
        InvalidPack, // the files do not make a valid pack
        Storage, // the device could not store the pack
        Cancelled,
        Network, // any other transfer failure
    };

    Code code = Code::None;
    int status = 0;
    QString detail; // for tests and the publishing tool; never shown

    [[nodiscard]] bool ok() const { return code == Code::None; }
    // A clear, translated sentence for the user.
    [[nodiscard]] QString message() const;
    // A short English name for logs and the publishing tool.
    [[nodiscard]] static const char *name(Code code);
};

} // namespace harbor::updates
