// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QImage>
#include <QtGlobal>

#include <optional>

// The wire format between Harbor and harbor-decoder, the helper process that
// decodes attached pictures and PDFs (app/decoder). Version 1, little-endian,
// no padding:
//
// request (app -> helper, on stdin), then exactly `payload length` bytes:
//   0  "HRBQ"   4  version u8 (1)   5  op u8 (1 page count, 2 render)
//   6  reserved u16 (0)   8  page u32   12  max edge u32   16  payload length u32
//
// answer (helper -> app, on stdout), then exactly `payload length` bytes:
//   0  "HRBA"   4  version u8 (1)   5  status u8 (AttachmentStatus)
//   6  reserved u16 (0)   8  page count u32   12  width u32   16  height u32
//   20 payload length u32: width * height * 4, RGBA8888 rows, no stride padding
//
// The answer is the app's untrusted input: it never holds an encoded format,
// only raw pixels of capped dimensions, and parseAnswer() checks every field.
namespace harbor::journal::AttachmentPixels {

enum class Op : quint8 {
    PageCount = 1,
    Render = 2,
};

enum class Status : quint8 {
    Ok = 0,
    TooLarge = 1, // declared or real size beyond what Harbor opens
    Damaged = 2,
    Unsupported = 3, // not PNG, JPEG or PDF; or a protected PDF
    NoSuchPage = 4,
    BadRequest = 5,
    Failed = 6, // ran out of memory or hit another limit
};

struct Request
{
    Op op = Op::Render;
    quint32 page = 0;
    quint32 maxEdge = 0;
};

struct Answer
{
    Status status = Status::Failed;
    quint32 pageCount = 0;
    QImage image; // RGBA8888; null unless a render succeeded
};

inline constexpr quint8 kVersion = 1;
inline constexpr qsizetype kRequestHeaderSize = 20;
inline constexpr qsizetype kAnswerHeaderSize = 24;
inline constexpr qint64 kMaxInputBytes = qint64 { 20 } * 1024 * 1024; // journal::Attachment::kMaxBytes
inline constexpr quint32 kMaxEdge = 2048; // longest edge of any answer
inline constexpr qint64 kMaxPixels = qint64(kMaxEdge) * kMaxEdge;
inline constexpr quint32 kMaxPageCount = 100000;
inline constexpr qint64 kMaxAnswerBytes = kAnswerHeaderSize + kMaxPixels * 4;

// The longest edge the helper will use for `requested` (0 or too big: kMaxEdge).
[[nodiscard]] quint32 clampEdge(quint32 requested);

[[nodiscard]] QByteArray encodeRequestHeader(const Request &request, qint64 payloadSize);
// Reads the 20-byte header; false if anything in it is wrong.
[[nodiscard]] bool parseRequestHeader(QByteArrayView header, Request *request, quint32 *payloadSize);

// The whole answer: header then pixels (image must be RGBA8888 or null).
[[nodiscard]] QByteArray encodeAnswer(Status status, quint32 pageCount, const QImage &image = {});
// Strict: a wrong magic, version, length, dimension or trailing byte, or an
// answer that does not fit `request`, gives nullopt.
[[nodiscard]] std::optional<Answer> parseAnswer(QByteArrayView bytes, const Request &request);

} // namespace harbor::journal::AttachmentPixels
