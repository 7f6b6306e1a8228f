// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace harbor::safety {

namespace {
constexpr int kQuietZone = 4;
}

QrCode::QrCode(int size, std::vector<bool> modules)
    : m_size(size)
    , m_modules(std::move(modules))
{
}

std::optional<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        return std::nullopt;
    }
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(
            static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        return std::nullopt;
    }
    const int size = code->width;
    std::vector<bool> modules(static_cast<size_t>(size) * static_cast<size_t>(size));
    for (size_t i = 0; i < modules.size(); ++i) {
        modules[i] = (code->data[i] & 1) != 0;
    }
    return QrCode(size, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size) {
        return false;
    }
    return m_modules[static_cast<size_t>(y) * static_cast<size_t>(m_size) + static_cast<size_t>(x)];
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int scale = qMax(1, pixelsPerModule);
    const int side = (m_size + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * scale + dy);
                for (int dx = 0; dx < scale; ++dx) {
                    line[(x + kQuietZone) * scale + dx] = 0;
                }
            }
        }
    }
    return image;
}

} // namespace harbor::safety
