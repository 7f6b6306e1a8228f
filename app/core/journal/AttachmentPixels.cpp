// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/AttachmentPixels.h"

#include <QtEndian>

#include <cstring>

namespace harbor::journal::AttachmentPixels {

namespace {

constexpr char kRequestMagic[4] = { 'H', 'R', 'B', 'Q' };
constexpr char kAnswerMagic[4] = { 'H', 'R', 'B', 'A' };

void putU16(QByteArray &out, qsizetype at, quint16 value)
{
    qToLittleEndian(value, out.data() + at);
}

void putU32(QByteArray &out, qsizetype at, quint32 value)
{
    qToLittleEndian(value, out.data() + at);
}

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

bool knownStatus(quint8 status)
{
    return status <= quint8(Status::Failed);
}

} // namespace

quint32 clampEdge(quint32 requested)
{
    return requested == 0 || requested > kMaxEdge ? kMaxEdge : requested;
}

QByteArray encodeRequestHeader(const Request &request, qint64 payloadSize)
{
    QByteArray out(kRequestHeaderSize, '\0');
    std::memcpy(out.data(), kRequestMagic, 4);
    out[4] = char(kVersion);
    out[5] = char(request.op);
    putU16(out, 6, 0);
    putU32(out, 8, request.page);
    putU32(out, 12, request.maxEdge);
    putU32(out, 16, quint32(qBound<qint64>(0, payloadSize, kMaxInputBytes)));
    return out;
}

bool parseRequestHeader(QByteArrayView header, Request *request, quint32 *payloadSize)
{
    if (header.size() != kRequestHeaderSize || std::memcmp(header.data(), kRequestMagic, 4) != 0
        || quint8(header[4]) != kVersion || u16(header, 6) != 0) {
        return false;
    }
    const auto op = quint8(header[5]);
    if (op != quint8(Op::PageCount) && op != quint8(Op::Render)) {
        return false;
    }
    const quint32 size = u32(header, 16);
    if (size == 0 || size > kMaxInputBytes || u32(header, 8) >= kMaxPageCount) {
        return false;
    }
    request->op = Op(op);
    request->page = u32(header, 8);
    request->maxEdge = u32(header, 12);
    *payloadSize = size;
    return true;
}

QByteArray encodeAnswer(Status status, quint32 pageCount, const QImage &image)
{
    const bool pixels = status == Status::Ok && !image.isNull() && image.format() == QImage::Format_RGBA8888;
    const qint64 rowBytes = pixels ? qint64(image.width()) * 4 : 0;
    const qint64 payload = pixels ? rowBytes * image.height() : 0;
    QByteArray out(kAnswerHeaderSize + payload, '\0');
    std::memcpy(out.data(), kAnswerMagic, 4);
    out[4] = char(kVersion);
    out[5] = char(status);
    putU16(out, 6, 0);
    putU32(out, 8, pageCount);
    putU32(out, 12, pixels ? quint32(image.width()) : 0);
    putU32(out, 16, pixels ? quint32(image.height()) : 0);
    putU32(out, 20, quint32(payload));
    for (int y = 0; pixels && y < image.height(); ++y) {
        std::memcpy(out.data() + kAnswerHeaderSize + y * rowBytes, image.constScanLine(y), size_t(rowBytes));
    }
    return out;
}

std::optional<Answer> parseAnswer(QByteArrayView bytes, const Request &request)
{
    if (bytes.size() < kAnswerHeaderSize || bytes.size() > kMaxAnswerBytes
        || std::memcmp(bytes.data(), kAnswerMagic, 4) != 0 || quint8(bytes[4]) != kVersion
        || !knownStatus(quint8(bytes[5])) || u16(bytes, 6) != 0) {
        return std::nullopt;
    }
    Answer answer;
    answer.status = Status(quint8(bytes[5]));
    answer.pageCount = u32(bytes, 8);
    const quint32 width = u32(bytes, 12);
    const quint32 height = u32(bytes, 16);
    const quint32 payload = u32(bytes, 20);
    if (qint64(payload) != bytes.size() - kAnswerHeaderSize) {
        return std::nullopt;
    }
    if (answer.status != Status::Ok) {
        // A refusal carries nothing but its status (and maybe the page count).
        if (width != 0 || height != 0 || payload != 0 || answer.pageCount > kMaxPageCount) {
            return std::nullopt;
        }
        return answer;
    }
    if (answer.pageCount == 0 || answer.pageCount > kMaxPageCount) {
        return std::nullopt;
    }
    if (request.op == Op::PageCount) {
        if (width != 0 || height != 0 || payload != 0) {
            return std::nullopt;
        }
        return answer;
    }
    const quint32 edge = clampEdge(request.maxEdge);
    if (request.page >= answer.pageCount || width == 0 || height == 0 || width > edge || height > edge
        || qint64(width) * height > kMaxPixels || qint64(width) * height * 4 != qint64(payload)) {
        return std::nullopt;
    }
    QImage image(int(width), int(height), QImage::Format_RGBA8888);
    if (image.isNull() || image.bytesPerLine() != qsizetype(width) * 4) {
        return std::nullopt;
    }
    std::memcpy(image.bits(), bytes.data() + kAnswerHeaderSize, payload);
    answer.image = std::move(image);
    return answer;
}

} // namespace harbor::journal::AttachmentPixels
