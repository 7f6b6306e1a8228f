// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "safety/QrCode.h"

using harbor::safety::QrCode;

class TestQrCode : public QObject
{
    Q_OBJECT

    // A QR finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 core.
    static bool hasFinderAt(const QrCode &code, int left, int top)
    {
        for (int y = 0; y < 7; ++y) {
            for (int x = 0; x < 7; ++x) {
                const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                if (code.isDark(left + x, top + y) != (ring || core)) {
                    return false;
                }
            }
        }
        return true;
    }

private Q_SLOTS:
    void encodesATelLink()
    {
        const auto code = QrCode::encode(QStringLiteral("tel:8442645437"));
        QVERIFY(code.has_value());
        // Version 1 is 21 modules, each further version adds 4.
        QVERIFY(code->size() >= 21);
        QCOMPARE((code->size() - 21) % 4, 0);
        QVERIFY(hasFinderAt(*code, 0, 0));
        QVERIFY(hasFinderAt(*code, code->size() - 7, 0));
        QVERIFY(hasFinderAt(*code, 0, code->size() - 7));
        QVERIFY(!hasFinderAt(*code, code->size() - 7, code->size() - 7));
    }

    void differentTextGivesDifferentCodes()
    {
        const auto a = QrCode::encode(QStringLiteral("tel:911"));
        const auto b = QrCode::encode(QStringLiteral("tel:8442645437"));
        QVERIFY(a && b);
        bool differs = a->size() != b->size();
        for (int y = 0; !differs && y < a->size(); ++y) {
            for (int x = 0; !differs && x < a->size(); ++x) {
                differs = a->isDark(x, y) != b->isDark(x, y);
            }
        }
        QVERIFY(differs);
    }

    void imageHasQuietZoneAndScale()
    {
        const auto code = QrCode::encode(QStringLiteral("tel:911"));
        QVERIFY(code.has_value());
        const int scale = 3;
        const QImage image = code->toImage(scale);
        QCOMPARE(image.width(), (code->size() + 8) * scale);
        QCOMPARE(image.height(), image.width());
        // Quiet zone is white; the top-left finder's corner module is black.
        QCOMPARE(qGray(image.pixel(0, 0)), 255);
        QCOMPARE(qGray(image.pixel(4 * scale - 1, 4 * scale - 1)), 255);
        QCOMPARE(qGray(image.pixel(4 * scale, 4 * scale)), 0);
        QCOMPARE(qGray(image.pixel(4 * scale + scale - 1, 4 * scale + scale - 1)), 0);
    }

    void emptyTextIsRefused() { QVERIFY(!QrCode::encode(QString()).has_value()); }

    void outsideModulesAreLight()
    {
        const auto code = QrCode::encode(QStringLiteral("tel:911"));
        QVERIFY(code.has_value());
        QVERIFY(!code->isDark(-1, 0));
        QVERIFY(!code->isDark(0, code->size()));
    }
};

HARBOR_TEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
