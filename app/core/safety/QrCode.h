// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace harbor::safety {

// A QR code (libqrencode, error correction M) as a square of modules, so a
// number shown on a desktop can be dialled from a phone's camera.
class QrCode
{
public:
    [[nodiscard]] static std::optional<QrCode> encode(const QString &text);

    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool isDark(int x, int y) const;
    // Black on white with the standard four-module quiet zone.
    [[nodiscard]] QImage toImage(int pixelsPerModule) const;

private:
    QrCode(int size, std::vector<bool> modules);
    int m_size;
    std::vector<bool> m_modules;
};

} // namespace harbor::safety
