// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decode.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QPdfDocument>
#include <QThreadPool>

#include <cmath>

namespace harbor::decoder {

namespace {

using journal::AttachmentPixels::Op;
using journal::AttachmentPixels::Request;
using journal::AttachmentPixels::Status;
namespace Pixels = journal::AttachmentPixels;

QByteArray refusal(Status status, quint32 pageCount = 0)
{
    return Pixels::encodeAnswer(status, pageCount);
}

// The image as the wire wants it, never larger than `edge` on a side.
QByteArray pixelsOf(QImage image, quint32 edge, quint32 pageCount)
{
    if (image.isNull()) {
        return refusal(Status::Damaged);
    }
    if (quint32(image.width()) > edge || quint32(image.height()) > edge) {
        image = image.scaled(int(edge), int(edge), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    image.convertTo(QImage::Format_RGBA8888);
    if (image.isNull()) {
        return refusal(Status::Failed);
    }
    return Pixels::encodeAnswer(Status::Ok, pageCount, image);
}

QByteArray decodePicture(const Request &request, const QByteArray &bytes)
{
    // Only the formats Harbor accepts, chosen by their bytes: no other
    // plugin ever parses the input.
    const char *format = bytes.startsWith("\x89PNG\r\n\x1a\n") ? "png"
        : bytes.startsWith("\xff\xd8\xff")                     ? "jpeg"
                                                               : nullptr;
    if (!format) {
        return refusal(Status::Unsupported);
    }
    if (request.op == Op::PageCount) {
        return refusal(Status::Ok, 1);
    }
    if (request.page != 0) {
        return refusal(Status::NoSuchPage, 1);
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    // The declared size, from the header: a bomb stops here, before a pixel.
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        return refusal(reader.error() == QImageReader::UnsupportedFormatError ? Status::Unsupported : Status::Damaged);
    }
    if (declared.width() > kMaxSourceEdge || declared.height() > kMaxSourceEdge
        || qint64(declared.width()) * declared.height() > kMaxSourcePixels) {
        return refusal(Status::TooLarge);
    }
    const quint32 edge = Pixels::clampEdge(request.maxEdge);
    if (quint32(declared.width()) > edge || quint32(declared.height()) > edge) {
        // JPEG decodes straight to the smaller size.
        reader.setScaledSize(declared.scaled(int(edge), int(edge), Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        return refusal(Status::Damaged);
    }
    return pixelsOf(image, edge, 1);
}

QByteArray decodeDocument(const Request &request, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.error() == QPdfDocument::Error::IncorrectPassword) {
        return refusal(Status::Unsupported);
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() <= 0) {
        return refusal(Status::Damaged);
    }
    if (quint32(document.pageCount()) > Pixels::kMaxPageCount) {
        return refusal(Status::TooLarge);
    }
    const auto pages = quint32(document.pageCount());
    if (request.op == Op::PageCount) {
        return refusal(Status::Ok, pages);
    }
    if (request.page >= pages) {
        return refusal(Status::NoSuchPage, pages);
    }
    const int page = int(request.page);
    const QSizeF points = document.pagePointSize(page);
    if (!std::isfinite(points.width()) || !std::isfinite(points.height()) || points.width() <= 0
        || points.height() <= 0) {
        return refusal(Status::Damaged, pages);
    }
    // One page, at most the edge asked for: a document of thousands of
    // pages costs no more than one of one.
    const quint32 edge = Pixels::clampEdge(request.maxEdge);
    const QSizeF target = points.scaled(QSizeF(edge, edge), Qt::KeepAspectRatio);
    const QSize size(qBound(1, qRound(target.width()), int(edge)), qBound(1, qRound(target.height()), int(edge)));
    // On white paper: PDFium leaves what a page does not paint transparent.
    QImage paper(size, QImage::Format_RGBA8888);
    paper.fill(Qt::white);
    const QImage rendered = document.render(page, size);
    if (rendered.isNull()) {
        return refusal(Status::Damaged, pages);
    }
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    painter.end();
    return pixelsOf(paper, edge, pages);
}

// A one-page PDF whose text uses a system font (not embedded) and a
// standard one: rendering it makes PDFium list and load the system fonts.
QByteArray warmUpDocument()
{
    const QByteArray content = "BT /F1 18 Tf 10 60 Td (Harbor) Tj ET BT /F2 18 Tf 10 20 Td (Harbor) Tj ET";
    // One object, in two literals only to fit the line.
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] "
                            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>";
    const QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        "<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
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

} // namespace

void prepare()
{
    QImageReader::setAllocationLimit(kAllocationLimitMiB);
    // Threads made now are kept: none has to be started under the filter.
    QThreadPool::globalInstance()->setExpiryTimeout(-1);
    QImage sample(2400, 2400, QImage::Format_RGB32);
    sample.fill(Qt::darkCyan);
    for (const char *format : { "png", "jpeg" }) {
        QByteArray encoded;
        QBuffer out(&encoded);
        out.open(QIODevice::WriteOnly);
        QImageWriter(&out, format).write(sample);
        Request request;
        request.maxEdge = 300; // scales: starts the pool's threads
        (void)answer(request, encoded);
    }
    Request request;
    request.maxEdge = 64;
    (void)answer(request, warmUpDocument());
}

QByteArray answer(const Request &request, const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > Pixels::kMaxInputBytes) {
        return refusal(Status::BadRequest);
    }
    return bytes.startsWith("%PDF-") ? decodeDocument(request, bytes) : decodePicture(request, bytes);
}

} // namespace harbor::decoder
