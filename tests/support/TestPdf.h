// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace harbor::test {

// A real PDF of `pages` A5 pages written by QPdfWriter, each with a line of
// text and a filled box, for tests that hand a PDF to harbor-decoder.
[[nodiscard]] QByteArray pdfFromQt(int pages);

} // namespace harbor::test
