// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "WindowProbe.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>

#include <cstdio>

namespace harbor::app {

int saveScreenshot(QQuickWindow &window, const QString &path)
{
    if (!waitForFrame(window)) {
        std::fprintf(stderr, "harbor: the window did not render a frame\n");
        return 1;
    }
    QCoreApplication::processEvents();
    const QImage image = window.grabWindow();
    if (image.isNull() || !image.save(path, "PNG")) {
        std::fprintf(stderr, "harbor: could not write the screenshot to %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

} // namespace harbor::app
