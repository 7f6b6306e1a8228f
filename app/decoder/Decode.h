// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/AttachmentPixels.h"

#include <QByteArray>

namespace harbor::decoder {

// The biggest picture decoded at all (declared size, checked before a pixel
// is read): larger ones are refused, not decoded and then scaled.
inline constexpr int kMaxSourceEdge = 20000;
inline constexpr qint64 kMaxSourcePixels = 40'000'000;
inline constexpr int kAllocationLimitMiB = 256;

// Loads, before the filter goes on, everything decoding opens from disk:
// Qt's image plugins, PDFium and its system fonts, the threads that scale.
void prepare();

// The whole answer (AttachmentPixels) to `request` about `bytes`.
[[nodiscard]] QByteArray answer(const journal::AttachmentPixels::Request &request, const QByteArray &bytes);

} // namespace harbor::decoder
