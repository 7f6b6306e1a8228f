// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/AttachmentPixels.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QThread;
class QTimer;

namespace harbor::journal {

// What came back from decoding one attachment.
struct AttachmentDecodeResult
{
    Q_DECLARE_TR_FUNCTIONS(harbor::journal::AttachmentDecoder)

public:
    enum class Error {
        None,
        TooLarge, // bigger than Harbor opens (declared size, pages, memory)
        Damaged,
        Unsupported,
        NoSuchPage,
        TimedOut,
        Unavailable, // the helper is missing or could not start
        Failed, // the helper crashed, hit a limit or gave a wrong answer
    };

    Error error = Error::Failed;
    QImage image; // RGBA8888, at most AttachmentPixels::kMaxEdge on a side
    int pageCount = 0; // 1 for a picture
    bool document = false; // a PDF (for the wording of the message)

    [[nodiscard]] bool ok() const { return error == Error::None; }
    // A clear, translated sentence for the user; empty when ok.
    [[nodiscard]] QString message() const;
};

// Decodes an attached picture or PDF in harbor-decoder, a separate process
// with resource limits and a system-call filter, so that a hostile file
// never runs code inside the process that holds the key and the open
// journal. The helper gets the bytes and a small request on stdin and
// answers raw pixels of capped size (AttachmentPixels); this class enforces
// a wall-clock timeout, an output cap and checks the answer strictly. A
// crash, a hang or a limit in the helper is an error here, nothing more.
//
// Asynchronous (for the UI thread): start(), then exactly one finished().
// Blocking (for worker threads): decode().
class AttachmentDecoder : public QObject
{
    Q_OBJECT

public:
    struct Helper
    {
        QString program; // absolute path; empty: none found
        QStringList arguments;
        int timeoutMs = kDefaultTimeoutMs;
    };

    static constexpr int kDefaultTimeoutMs = 10000;
    // Helpers run at once per thread by start(); more wait their turn.
    static constexpr int kMaxRunning = 2;

    // What a test sees of each decode: the thread that asked, whether it
    // blocked (decode()) or not (start()), and the helper process's id.
    struct Observation
    {
        QThread *thread = nullptr;
        bool blocking = false;
        qint64 helperPid = 0;
    };
    using Observer = void (*)(const Observation &observation);
    // For tests only (null: none, the default): called once a helper has
    // started, on the thread that started it. Changes nothing else.
    static void setObserver(Observer observer);

    // harbor-decoder next to the running executable (the build tree), else
    // in the install's libexec directory. Never the current directory or PATH.
    [[nodiscard]] static Helper defaultHelper();

    explicit AttachmentDecoder(QObject *parent = nullptr);
    ~AttachmentDecoder() override;

    void setHelper(Helper helper) { m_helper = std::move(helper); }
    [[nodiscard]] const Helper &helper() const { return m_helper; }

    // Starts decoding `bytes` (a whole attachment); emits finished() once,
    // never from within start() itself.
    void start(const AttachmentPixels::Request &request, const QByteArray &bytes);

    // The same, blocking the calling thread until the answer or the timeout.
    [[nodiscard]] static AttachmentDecodeResult decode(
        const Helper &helper, const AttachmentPixels::Request &request, const QByteArray &bytes);

    // Turns a whole answer into a result (the strict parser, then the status).
    [[nodiscard]] static AttachmentDecodeResult resultOf(
        QByteArrayView answer, const AttachmentPixels::Request &request, bool document);

Q_SIGNALS:
    void finished(const harbor::journal::AttachmentDecodeResult &result);

private:
    void launch();
    void collect();
    void conclude(const AttachmentDecodeResult &result);
    void releaseSlot();

    Helper m_helper;
    AttachmentPixels::Request m_request;
    QByteArray m_input;
    QByteArray m_output;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    bool m_document = false;
    bool m_running = false;
    bool m_done = false;
};

} // namespace harbor::journal

Q_DECLARE_METATYPE(harbor::journal::AttachmentDecodeResult)
