// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QStringList>

namespace harbor::report {

// The report's fonts and colours: a plain sans for reading, a monospace for
// hashes, dark grey on white with one muted accent. Sizes are in points; the
// PDF writer's resolution turns them into device units.
struct PdfStyle
{
    PdfStyle()
    {
        const QStringList sansFamilies { QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Liberation Sans"), QStringLiteral("Arial"), QStringLiteral("Helvetica") };
        const QStringList monoFamilies { QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
            QStringLiteral("Liberation Mono"), QStringLiteral("Courier New"), QStringLiteral("Courier") };
        body = font(sansFamilies, QFont::SansSerif, 10.5, QFont::Normal);
        bodyBold = font(sansFamilies, QFont::SansSerif, 10.5, QFont::Bold);
        small = font(sansFamilies, QFont::SansSerif, 8.5, QFont::Normal);
        smallBold = font(sansFamilies, QFont::SansSerif, 8.5, QFont::Bold);
        title = font(sansFamilies, QFont::SansSerif, 24, QFont::Bold);
        heading = font(sansFamilies, QFont::SansSerif, 16, QFont::Bold);
        subheading = font(sansFamilies, QFont::SansSerif, 12, QFont::Bold);
        mono = font(monoFamilies, QFont::Monospace, 8.5, QFont::Normal);
        monoSmall = font(monoFamilies, QFont::Monospace, 6.8, QFont::Normal);
    }

    QFont body;
    QFont bodyBold;
    QFont small;
    QFont smallBold;
    QFont title;
    QFont heading;
    QFont subheading;
    QFont mono; // the chain head
    QFont monoSmall; // hashes in tables: 64 hex digits on one line

    QColor text { 0x1d, 0x23, 0x2b };
    QColor muted { 0x55, 0x5e, 0x6b };
    QColor rule { 0xc5, 0xcc, 0xd4 };
    QColor band { 0xed, 0xf1, 0xf5 };
    QColor accent { 0x2a, 0x4d, 0x7a };
    QColor draft { 0x9a, 0x5b, 0x00 };

    // The timeline's three series: light, medium and dark, and the middle
    // and dark ones hatched, so they differ without colour too.
    QColor notes { 0x9c, 0xc0, 0xe0 };
    QColor concerns { 0xe3, 0x9b, 0x3c };
    QColor urgent { 0x9e, 0x1f, 0x2b };

private:
    [[nodiscard]] static QFont font(
        const QStringList &families, QFont::StyleHint hint, qreal points, QFont::Weight weight)
    {
        QFont f;
        f.setFamilies(families);
        f.setStyleHint(hint, QFont::PreferQuality);
        f.setFixedPitch(hint == QFont::Monospace);
        f.setPointSizeF(points);
        f.setWeight(weight);
        f.setKerning(hint != QFont::Monospace);
        // A letter spacing of 100 % changes no advance but turns off
        // ligatures: "fi" stays two letters, so text copied or searched in
        // the PDF (file names, accounts) is what was written.
        f.setLetterSpacing(QFont::PercentageSpacing, 100);
        return f;
    }
};

} // namespace harbor::report
