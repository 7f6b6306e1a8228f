// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPdf.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace harbor::test {

QByteArray pdfFromQt(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.drawText(QPointF(100, 300), QStringLiteral("Screenshot %1").arg(i + 1));
        painter.fillRect(QRectF(100, 400, 800, 400), Qt::blue);
    }
    painter.end();
    return bytes;
}

} // namespace harbor::test
