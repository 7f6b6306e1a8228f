// SPDX-License-Identifier: GPL-3.0-or-later
// harbor-decoder: decodes one attached picture or PDF for Harbor, in a
// process of its own, so that a hostile file never runs code in the process
// that holds the journal's key. Reads a request and the file on stdin,
// writes raw pixels (or a refusal) on stdout: journal/AttachmentPixels.h.
// Limits first, then everything loaded from disk and the whole input read,
// then the system-call filter, then the decode.
#include "Decode.h"
#include "Sandbox.h"

#include <QCoreApplication>

#include <cerrno>
#include <new>

#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

using harbor::journal::AttachmentPixels::Request;
using harbor::journal::AttachmentPixels::Status;
namespace Pixels = harbor::journal::AttachmentPixels;

bool readExactly(char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t got = ::read(STDIN_FILENO, data, size_t(size));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        data += got;
        size -= got;
    }
    return true;
}

bool writeAll(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t put = ::write(STDOUT_FILENO, data, size_t(left));
        if (put < 0 && errno == EINTR) {
            continue;
        }
        if (put <= 0) {
            return false;
        }
        data += put;
        left -= put;
    }
    return true;
}

// Qt's warnings would name the file's flaws; nobody reads them, and under
// the filter they must not go looking for a log socket.
void quiet(QtMsgType, const QMessageLogContext &, const QString &)
{
}

[[noreturn]] void finish(const QByteArray &answer)
{
    const bool written = writeAll(answer);
    // No destructors, no atexit handlers: nothing more runs under the filter.
    ::_exit(written ? 0 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    harbor::decoder::limitResources();
    qInstallMessageHandler(quiet);
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);

    QByteArray header(Pixels::kRequestHeaderSize, '\0');
    Request request;
    quint32 size = 0;
    if (!readExactly(header.data(), header.size()) || !Pixels::parseRequestHeader(header, &request, &size)) {
        finish(Pixels::encodeAnswer(Status::BadRequest, 0));
    }
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    char extra = 0;
    if (!readExactly(bytes.data(), bytes.size()) || ::read(STDIN_FILENO, &extra, 1) != 0) {
        finish(Pixels::encodeAnswer(Status::BadRequest, 0));
    }

    harbor::decoder::prepare();
    if (harbor::decoder::enterSandbox() == harbor::decoder::Filter::Unavailable) {
        // Still limited (memory, CPU, no file written); say so for whoever
        // runs the helper by hand.
        static const char warning[] = "harbor-decoder: no seccomp filter on this system\n";
        (void)!::write(STDERR_FILENO, warning, sizeof warning - 1);
    }
    // For the tests: prove the filter is on. A socket must kill the helper.
    if (argc > 1 && qstrcmp(argv[1], "--probe-filter") == 0) {
        ::syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    }
    try {
        finish(harbor::decoder::answer(request, bytes));
    } catch (const std::bad_alloc &) {
        finish(Pixels::encodeAnswer(Status::TooLarge, 0));
    }
}
