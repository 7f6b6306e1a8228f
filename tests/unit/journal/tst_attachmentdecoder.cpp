// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one Qt Test per class (DESIGN.md); each hostile input needs
// its own crafted file, built in this file beside the case that uses it.
// Attachments are decoded in harbor-decoder, never in the app: hostile and
// broken inputs (a decompression bomb, a damaged PDF, thousands of pages, a
// helper that hangs, crashes or lies) each end in a clear error within its
// limit, with this process alive; then real PNG, JPEG and PDF decode.
#include "TestMain.h"
#include "TestPdf.h"
#include "journal/AttachmentDecoder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPageSize>
#include <QSignalSpy>
#include <QtEndian>

#include <memory>

using harbor::journal::AttachmentDecoder;
using harbor::journal::AttachmentDecodeResult;
namespace Pixels = harbor::journal::AttachmentPixels;
using Error = AttachmentDecodeResult::Error;

Q_DECLARE_METATYPE(Error)
Q_DECLARE_METATYPE(harbor::journal::AttachmentPixels::Request)

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

AttachmentDecoder::Helper realHelper(int timeoutMs = AttachmentDecoder::kDefaultTimeoutMs)
{
    return { QStringLiteral(HARBOR_DECODER_PATH), {}, timeoutMs };
}

Pixels::Request render(quint32 page = 0, quint32 edge = 256)
{
    return { Pixels::Op::Render, page, edge };
}

Pixels::Request pageCount()
{
    return { Pixels::Op::PageCount, 0, 0 };
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    return image;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
        }
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(type + data), crc.data());
    return length + type + data + crc;
}

// A valid PNG (correct CRCs) that declares width x height but holds a few
// bytes of pixels: a decoder that trusts the header allocates gigabytes.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    const QByteArray rows = qCompress(QByteArray(qsizetype { 64 } * 1024, '\0'), 9).mid(4); // zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", rows)
        + pngChunk("IEND", {});
}

// A PDF from its objects (1 0 obj, 2 0 obj, ...) with a correct xref table.
QByteArray pdfOf(const QList<QByteArray> &objects)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// `pages` pages sharing one content stream with text in a font that is not
// embedded (PDFium looks for a system font while rendering).
QByteArray pdfWithPages(int pages, const QByteArray &mediaBox = "[0 0 612 792]")
{
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (Page of evidence) Tj ET 0 0 1 rg 72 72 200 200 re f";
    QList<QByteArray> objects { "<< /Type /Catalog /Pages 2 0 R >>", {},
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /TrueType /BaseFont /Arial >>" };
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        kids += QByteArray::number(objects.size() + 1) + " 0 R ";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox " + mediaBox
                + " /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return pdfOf(objects);
}

// An answer header (AttachmentPixels) with whatever fields a test wants.
QByteArray answerHeader(const char *magic, quint8 version, quint8 status, quint32 pages, quint32 width, quint32 height,
    quint32 payload, quint16 reserved = 0)
{
    QByteArray out(Pixels::kAnswerHeaderSize, '\0');
    memcpy(out.data(), magic, 4);
    out[4] = char(version);
    out[5] = char(status);
    qToLittleEndian(reserved, out.data() + 6);
    qToLittleEndian(pages, out.data() + 8);
    qToLittleEndian(width, out.data() + 12);
    qToLittleEndian(height, out.data() + 16);
    qToLittleEndian(payload, out.data() + 20);
    return out;
}

AttachmentDecodeResult decodeAsync(const AttachmentDecoder::Helper &helper, const Pixels::Request &request,
    const QByteArray &bytes, int waitMs = 30000)
{
    AttachmentDecoder decoder;
    decoder.setHelper(helper);
    QSignalSpy spy(&decoder, &AttachmentDecoder::finished);
    decoder.start(request, bytes);
    if (!spy.wait(waitMs) || spy.size() != 1) {
        return {};
    }
    return spy.constFirst().constFirst().value<AttachmentDecodeResult>();
}

} // namespace

class TestAttachmentDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(QStringLiteral(HARBOR_DECODER_PATH)), HARBOR_DECODER_PATH); }

    // --- The answer parser: the app's untrusted input. ---

    void answerParserRefusesLies_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<quint32>("edge");
        const QByteArray pixels(qsizetype { 4 } * 4 * 4, '\x7f');
        QTest::newRow("empty") << QByteArray() << 256U;
        QTest::newRow("truncated header") << answerHeader("HRBA", 1, 0, 1, 4, 4, 64).left(23) << 256U;
        QTest::newRow("truncated pixels") << answerHeader("HRBA", 1, 0, 1, 4, 4, 64) + pixels.left(63) << 256U;
        QTest::newRow("trailing byte") << answerHeader("HRBA", 1, 0, 1, 4, 4, 64) + pixels + 'x' << 256U;
        QTest::newRow("wrong magic") << answerHeader("HRBX", 1, 0, 1, 4, 4, 64) + pixels << 256U;
        QTest::newRow("request magic") << answerHeader("HRBQ", 1, 0, 1, 4, 4, 64) + pixels << 256U;
        QTest::newRow("version 2") << answerHeader("HRBA", 2, 0, 1, 4, 4, 64) + pixels << 256U;
        QTest::newRow("reserved set") << answerHeader("HRBA", 1, 0, 1, 4, 4, 64, 1) + pixels << 256U;
        QTest::newRow("unknown status") << answerHeader("HRBA", 1, 7, 0, 0, 0, 0) << 256U;
        QTest::newRow("length lies (bigger)") << answerHeader("HRBA", 1, 0, 1, 4, 4, 128) + pixels << 256U;
        QTest::newRow("dimensions lie") << answerHeader("HRBA", 1, 0, 1, 8, 4, 64) + pixels << 256U;
        QTest::newRow("zero width") << answerHeader("HRBA", 1, 0, 1, 0, 16, 0) << 256U;
        QTest::newRow("wider than asked") << answerHeader("HRBA", 1, 0, 1, 4, 4, 64) + pixels << 3U;
        QTest::newRow("no pages") << answerHeader("HRBA", 1, 0, 0, 4, 4, 64) + pixels << 256U;
        QTest::newRow("too many pages") << answerHeader("HRBA", 1, 0, 100001, 4, 4, 64) + pixels << 256U;
        QTest::newRow("refusal with pixels") << answerHeader("HRBA", 1, 2, 0, 4, 4, 64) + pixels << 256U;
        QTest::newRow("overflowing size") << answerHeader("HRBA", 1, 0, 1, 0x40000000, 0x40000000, 0) << 0U;
        QTest::newRow("huge claimed payload") << answerHeader("HRBA", 1, 0, 1, 2048, 2048, 16777216) << 0U;
    }

    void answerParserRefusesLies()
    {
        QFETCH(QByteArray, answer);
        QFETCH(quint32, edge);
        QVERIFY(!Pixels::parseAnswer(answer, render(0, edge)));
        const AttachmentDecodeResult result = AttachmentDecoder::resultOf(answer, render(0, edge), false);
        QCOMPARE(result.error, Error::Failed);
        QVERIFY(result.image.isNull());
        QVERIFY(!result.message().isEmpty());
    }

    void answerParserChecksTheRequest()
    {
        // Pixels in a page-count answer, a page beyond the count.
        const QByteArray pixels(qsizetype { 4 } * 4 * 4, '\x7f');
        QVERIFY(!Pixels::parseAnswer(answerHeader("HRBA", 1, 0, 1, 4, 4, 64) + pixels, pageCount()));
        QVERIFY(!Pixels::parseAnswer(answerHeader("HRBA", 1, 0, 3, 4, 4, 64) + pixels, render(3)));
        // What a well-behaved helper says parses.
        QImage image(4, 4, QImage::Format_RGBA8888);
        image.fill(QColor(1, 2, 3, 4));
        const auto answer = Pixels::parseAnswer(Pixels::encodeAnswer(Pixels::Status::Ok, 5, image), render(4));
        QVERIFY(answer);
        QCOMPARE(answer->pageCount, 5U);
        QCOMPARE(answer->image, image);
        const auto count = Pixels::parseAnswer(Pixels::encodeAnswer(Pixels::Status::Ok, 5), pageCount());
        QVERIFY(count && count->image.isNull());
    }

    void requestParser()
    {
        Pixels::Request request;
        quint32 size = 0;
        const QByteArray good = Pixels::encodeRequestHeader(render(2, 300), 1000);
        QVERIFY(Pixels::parseRequestHeader(good, &request, &size));
        QCOMPARE(request.page, 2U);
        QCOMPARE(request.maxEdge, 300U);
        QCOMPARE(size, 1000U);
        QVERIFY(!Pixels::parseRequestHeader(good.left(19), &request, &size));
        QVERIFY(!Pixels::parseRequestHeader(Pixels::encodeRequestHeader(render(), 0), &request, &size));
        QByteArray tooBig = good;
        qToLittleEndian(quint32(Pixels::kMaxInputBytes + 1), tooBig.data() + 16);
        QVERIFY(!Pixels::parseRequestHeader(tooBig, &request, &size));
        QByteArray badOp = good;
        badOp[5] = 9;
        QVERIFY(!Pixels::parseRequestHeader(badOp, &request, &size));
        QByteArray badMagic = good;
        badMagic[0] = 'X';
        QVERIFY(!Pixels::parseRequestHeader(badMagic, &request, &size));
    }

    // --- Helpers that misbehave. ---

    void missingHelper()
    {
        const AttachmentDecoder::Helper helper { QStringLiteral("/nonexistent/harbor-decoder"), {}, 1000 };
        const QByteArray png = encoded(picture(8, 8), "PNG");
        QCOMPARE(AttachmentDecoder::decode(helper, render(), png).error, Error::Unavailable);
        const AttachmentDecodeResult result = decodeAsync(helper, render(), png);
        QCOMPARE(result.error, Error::Unavailable);
        QVERIFY(result.message().contains(QLatin1String("missing")));
        // A relative name is never looked up in the current directory or PATH.
        const AttachmentDecoder::Helper relative { QStringLiteral("sleep"), {}, 1000 };
        QCOMPARE(AttachmentDecoder::decode(relative, render(), png).error, Error::Unavailable);
    }

    void hangingHelperTimesOut_data()
    {
        QTest::addColumn<bool>("async");
        QTest::newRow("blocking") << false;
        QTest::newRow("async") << true;
    }

    void hangingHelperTimesOut()
    {
        QFETCH(bool, async);
        const AttachmentDecoder::Helper helper { QStringLiteral("/bin/sleep"), { QStringLiteral("1000") }, 700 };
        const QByteArray png = encoded(picture(8, 8), "PNG");
        QElapsedTimer timer;
        timer.start();
        const AttachmentDecodeResult result
            = async ? decodeAsync(helper, render(), png) : AttachmentDecoder::decode(helper, render(), png);
        QCOMPARE(result.error, Error::TimedOut);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(result.message().contains(QLatin1String("too long")));
    }

    void helperThatDoesNotReadItsInput()
    {
        // 20 MiB into a helper that never reads: the pipe fills, the timeout ends it.
        const AttachmentDecoder::Helper helper { QStringLiteral("/bin/sleep"), { QStringLiteral("1000") }, 700 };
        QByteArray big("%PDF-1.4\n");
        big.resize(Pixels::kMaxInputBytes, ' ');
        QCOMPARE(AttachmentDecoder::decode(helper, render(), big).error, Error::TimedOut);
        QCOMPARE(decodeAsync(helper, render(), big).error, Error::TimedOut);
    }

    void floodingHelperIsCut()
    {
        // `yes` writes forever: the output cap stops it long before the timeout.
        const AttachmentDecoder::Helper helper { QStringLiteral("/usr/bin/yes"), {}, 20000 };
        const QByteArray png = encoded(picture(8, 8), "PNG");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(AttachmentDecoder::decode(helper, render(), png).error, Error::Failed);
        QCOMPARE(decodeAsync(helper, render(), png).error, Error::Failed);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    void lyingOrCrashingHelper_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        // Echoes the request back: not an answer.
        QTest::newRow("echo") << QStringLiteral("/bin/cat") << QStringList();
        QTest::newRow("silent") << QStringLiteral("/bin/true") << QStringList();
        QTest::newRow("segfault") << QStringLiteral("/bin/sh")
                                  << QStringList { QStringLiteral("-c"), QStringLiteral("kill -SEGV $$") };
        QTest::newRow("failure") << QStringLiteral("/bin/false") << QStringList();
    }

    void lyingOrCrashingHelper()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const AttachmentDecoder::Helper helper { program, arguments, 5000 };
        const QByteArray png = encoded(picture(8, 8), "PNG");
        QCOMPARE(AttachmentDecoder::decode(helper, render(), png).error, Error::Failed);
        const AttachmentDecodeResult result = decodeAsync(helper, render(), png);
        QCOMPARE(result.error, Error::Failed);
        QVERIFY(result.message().contains(QLatin1String("safely")));
    }

    void filterKillsForbiddenCalls()
    {
        if (kSanitized) {
            QSKIP("the sanitizer build runs the helper without its filter (app/decoder/Sandbox.cpp)");
        }
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly) || !status.readAll().contains("Seccomp:")) {
            QSKIP("this kernel has no seccomp");
        }
        AttachmentDecoder::Helper helper = realHelper();
        helper.arguments = QStringList { QStringLiteral("--probe-filter") };
        // The helper opens a socket after the filter went on: it is killed.
        QCOMPARE(AttachmentDecoder::decode(helper, render(), encoded(picture(8, 8), "PNG")).error, Error::Failed);
    }

    // --- Hostile and broken files, through the real helper. ---

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Pixels::Request>("request");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("says");
        QTest::newRow("bomb 30000x30000")
            << pngDeclaring(30000, 30000) << render() << Error::TooLarge << QStringLiteral("larger than Harbor opens");
        QTest::newRow("bomb 100000x1") << pngDeclaring(100000, 1) << render() << Error::TooLarge
                                       << QStringLiteral("larger");
        QTest::newRow("bomb 7000x7000") << pngDeclaring(7000, 7000) << render() << Error::TooLarge
                                        << QStringLiteral("larger");
        QTest::newRow("png, pixels missing")
            << pngDeclaring(300, 200) << render() << Error::Damaged << QStringLiteral("damaged");
        QByteArray png = encoded(picture(40, 30), "PNG");
        QTest::newRow("png, truncated") << png.left(40) << render() << Error::Damaged << QStringLiteral("damaged");
        QByteArray jpeg = encoded(picture(40, 30), "JPEG");
        QTest::newRow("jpeg, header only") << jpeg.left(20) << render() << Error::Damaged << QStringLiteral("damaged");
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;") << render() << Error::Unsupported
                             << QStringLiteral("PNG and JPEG");
        QTest::newRow("pdf, malformed") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF")
                                        << render() << Error::Damaged << QStringLiteral("document");
        QTest::newRow("pdf, garbage") << QByteArray("%PDF-") + QByteArray(5000, '\xfe') << pageCount() << Error::Damaged
                                      << QStringLiteral("damaged");
        QTest::newRow("pdf, no such page")
            << pdfWithPages(2) << render(2) << Error::NoSuchPage << QStringLiteral("not in the document");
        QTest::newRow("pdf, page far out")
            << pdfWithPages(2) << render(99999) << Error::NoSuchPage << QStringLiteral("not in the document");
        QTest::newRow("too big") << QByteArray(Pixels::kMaxInputBytes + 1, 'x') << render() << Error::TooLarge
                                 << QStringLiteral("larger");
        QTest::newRow("empty") << QByteArray() << render() << Error::Damaged << QStringLiteral("damaged");
    }

    void hostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Pixels::Request, request);
        QFETCH(Error, error);
        QFETCH(QString, says);
        QElapsedTimer timer;
        timer.start();
        const AttachmentDecodeResult result = AttachmentDecoder::decode(realHelper(), request, bytes);
        QCOMPARE(result.error, error);
        QVERIFY(result.image.isNull());
        QVERIFY2(result.message().contains(says), qPrintable(result.message()));
        // Refused by the declared size, not after decoding: quickly.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void thousandsOfPages()
    {
        const QByteArray pdf = pdfWithPages(5000);
        QElapsedTimer timer;
        timer.start();
        const AttachmentDecodeResult count = AttachmentDecoder::decode(realHelper(), pageCount(), pdf);
        QVERIFY2(count.ok(), qPrintable(count.message()));
        QCOMPARE(count.pageCount, 5000);
        QVERIFY(count.image.isNull());
        // One page at a time, whichever: as cheap as the first.
        for (const quint32 page : { 0U, 2500U, 4999U }) {
            const AttachmentDecodeResult result = AttachmentDecoder::decode(realHelper(), render(page, 300), pdf);
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QCOMPARE(result.pageCount, 5000);
            QCOMPARE(qMax(result.image.width(), result.image.height()), 300);
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void hugePageIsCapped()
    {
        // A 200-inch page, and an edge far beyond the cap: at most 2048 pixels.
        const QByteArray pdf = pdfWithPages(1, "[0 0 14400 14400]");
        const AttachmentDecodeResult result = AttachmentDecoder::decode(realHelper(), render(0, 100000), pdf);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.image.size(), QSize(2048, 2048));
    }

    // --- Real files. ---

    void png()
    {
        const AttachmentDecodeResult result
            = AttachmentDecoder::decode(realHelper(), render(0, 256), encoded(picture(64, 48), "PNG"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.pageCount, 1);
        QCOMPARE(result.image.size(), QSize(64, 48)); // never enlarged
        QCOMPARE(result.image.format(), QImage::Format_RGBA8888);
        QCOMPARE(result.image.pixelColor(10, 10), QColor(200, 30, 30));
        QVERIFY(result.message().isEmpty());
    }

    void jpegIsScaledDown()
    {
        const AttachmentDecodeResult result
            = AttachmentDecoder::decode(realHelper(), render(0, 200), encoded(picture(800, 600), "JPEG"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.image.size(), QSize(200, 150));
        const QColor color = result.image.pixelColor(100, 75);
        QVERIFY2(qAbs(color.red() - 200) < 12 && color.green() < 50, qPrintable(color.name()));
    }

    void bigPictureWithinLimits()
    {
        // 16 megapixels: decoded within the helper's memory and CPU limits.
        QImage big(4000, 4000, QImage::Format_RGB32);
        big.fill(Qt::darkGreen);
        const AttachmentDecodeResult result
            = AttachmentDecoder::decode(realHelper(), render(0, 0), encoded(big, "PNG"));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.image.size(), QSize(2048, 2048));
    }

    void pdfFromQPdfWriter()
    {
        const QByteArray pdf = harbor::test::pdfFromQt(3);
        const AttachmentDecodeResult count = AttachmentDecoder::decode(realHelper(), pageCount(), pdf);
        QVERIFY2(count.ok(), qPrintable(count.message()));
        QCOMPARE(count.pageCount, 3);
        const AttachmentDecodeResult page = AttachmentDecoder::decode(realHelper(), render(1, 400), pdf);
        QVERIFY2(page.ok(), qPrintable(page.message()));
        QVERIFY(page.document);
        QCOMPARE(page.image.height(), 400);
        QVERIFY(page.image.width() > 250 && page.image.width() < 300); // A5
        QCOMPARE(page.image.pixelColor(5, 5), QColor(Qt::white));
    }

    void pdfWithSystemFont()
    {
        // Text in a font the PDF does not carry: PDFium substitutes one under the filter.
        const AttachmentDecodeResult result = AttachmentDecoder::decode(realHelper(), render(0, 612), pdfWithPages(1));
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(result.image.size(), QSize(473, 612));
        QCOMPARE(result.image.pixelColor(72 + 100, 612 - 72 - 100), QColor(0, 0, 255));
    }

    void asyncQueue()
    {
        // More requests than helpers run at once: all finish, one signal each.
        std::vector<std::unique_ptr<AttachmentDecoder>> decoders;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 5; ++i) {
            decoders.push_back(std::make_unique<AttachmentDecoder>());
            decoders.back()->setHelper(realHelper());
            spies.push_back(std::make_unique<QSignalSpy>(decoders.back().get(), &AttachmentDecoder::finished));
        }
        for (int i = 0; i < 5; ++i) {
            decoders.at(i)->start(render(0, 32), encoded(picture(40 + i, 40), "PNG"));
        }
        // One deleted while waiting does not stall the others.
        decoders.at(3).reset();
        for (int i = 0; i < 5; ++i) {
            if (i == 3) {
                continue;
            }
            QTRY_COMPARE_WITH_TIMEOUT(spies.at(i)->size(), 1, 30000);
            const auto result = spies.at(i)->constFirst().constFirst().value<AttachmentDecodeResult>();
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QCOMPARE(result.image.width(), 32);
        }
    }
};

HARBOR_TEST_MAIN(TestAttachmentDecoder)
#include "tst_attachmentdecoder.moc"
