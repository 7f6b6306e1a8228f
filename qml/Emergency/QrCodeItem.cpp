// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeItem.h"

#include "safety/QrCode.h"

#include <QPainter>

namespace harbor::emergency {

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    const auto code = safety::QrCode::encode(text);
    m_image = code ? code->toImage(1) : QImage();
    update();
    Q_EMIT textChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_image.isNull()) {
        return;
    }
    // Whole pixels per module keep the code crisp enough for a camera.
    const int side = static_cast<int>(qMin(width(), height()));
    const int scale = qMax(1, side / m_image.width());
    const int drawn = scale * m_image.width();
    const QRect target((static_cast<int>(width()) - drawn) / 2, (static_cast<int>(height()) - drawn) / 2, drawn, drawn);
    painter->drawImage(target, m_image);
}

} // namespace harbor::emergency
