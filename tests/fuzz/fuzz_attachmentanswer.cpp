// SPDX-License-Identifier: GPL-3.0-or-later
// harbor-decoder decodes hostile attachments, so its answer is the app's
// untrusted input; and the helper reads its request before anything else.
// First byte: 0 (even) an answer, odd a request. For an answer the next 9
// bytes are the request it answers (op, page u32, max edge u32), then the
// answer. Whatever the bytes, nothing crashes; whatever is accepted keeps
// the caps and encodes back to exactly the same bytes.
#include "journal/AttachmentDecoder.h"
#include "journal/AttachmentPixels.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

namespace Pixels = harbor::journal::AttachmentPixels;

void answer(QByteArrayView bytes)
{
    if (bytes.size() < 9) {
        return;
    }
    Pixels::Request request;
    request.op = (bytes[0] & 1) ? Pixels::Op::PageCount : Pixels::Op::Render;
    request.page = qFromLittleEndian<quint32>(bytes.data() + 1);
    request.maxEdge = qFromLittleEndian<quint32>(bytes.data() + 5);
    const QByteArrayView wire = bytes.sliced(9);
    (void)harbor::journal::AttachmentDecoder::resultOf(wire, request, false);
    const auto parsed = Pixels::parseAnswer(wire, request);
    if (!parsed) {
        return;
    }
    if (parsed->pageCount > Pixels::kMaxPageCount) {
        std::abort();
    }
    if (!parsed->image.isNull()) {
        const QImage &image = parsed->image;
        const auto edge = qint64(Pixels::clampEdge(request.maxEdge));
        if (parsed->status != Pixels::Status::Ok || request.op != Pixels::Op::Render
            || image.format() != QImage::Format_RGBA8888 || image.width() > edge || image.height() > edge
            || qint64(image.width()) * image.height() > Pixels::kMaxPixels || request.page >= parsed->pageCount) {
            std::abort();
        }
    }
    if (Pixels::encodeAnswer(parsed->status, parsed->pageCount, parsed->image) != wire) {
        std::abort();
    }
}

void request(QByteArrayView bytes)
{
    Pixels::Request parsed;
    quint32 size = 0;
    if (!Pixels::parseRequestHeader(
            bytes.first(qMin<qsizetype>(bytes.size(), Pixels::kRequestHeaderSize)), &parsed, &size)) {
        return;
    }
    if (size == 0 || size > Pixels::kMaxInputBytes || parsed.page >= Pixels::kMaxPageCount
        || Pixels::encodeRequestHeader(parsed, size) != bytes.first(Pixels::kRequestHeaderSize)) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        request(bytes);
    } else {
        answer(bytes);
    }
    return 0;
}
