// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/AttachmentDecoder.h"
#include "Sanitizers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace harbor::journal {

namespace {

using AttachmentPixels::Status;

const QString kHelperName = QStringLiteral("harbor-decoder");

// Limits set between fork and exec, before the helper runs a single line of
// its own; it sets them again itself (app/decoder/Sandbox.cpp).

#ifdef Q_OS_UNIX
void limitChild()
{
    // Async-signal-safe calls only: this runs in the forked child.
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    setrlimit(RLIMIT_FSIZE, &none);
    const rlimit cpu { 8, 10 };
    setrlimit(RLIMIT_CPU, &cpu);
#ifndef HARBOR_UNDER_ASAN
    // ASan reserves terabytes of address space: no memory cap under it.
    const rlimit memory { 1024UL * 1024 * 1024, 1024UL * 1024 * 1024 };
    setrlimit(RLIMIT_AS, &memory);
#endif
}
#endif

void configure(QProcess &process, const AttachmentDecoder::Helper &helper)
{
    process.setProgram(helper.program);
    process.setArguments(helper.arguments);
    // Only what Qt needs: no display, no session bus, nothing of the user's.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QDir::rootPath());
    process.setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    process.setChildProcessModifier(limitChild);
#endif
}

bool usable(const AttachmentDecoder::Helper &helper)
{
    const QFileInfo info(helper.program);
    return info.isAbsolute() && info.isFile() && info.isExecutable();
}

QByteArray requestBytes(const AttachmentPixels::Request &request, const QByteArray &bytes)
{
    return AttachmentPixels::encodeRequestHeader(request, bytes.size()) + bytes;
}

AttachmentDecodeResult failure(AttachmentDecodeResult::Error error, bool document)
{
    AttachmentDecodeResult result;
    result.error = error;
    result.document = document;
    return result;
}

// Checks made before anything is handed to the helper.
std::optional<AttachmentDecodeResult> refusedUpFront(
    const AttachmentDecoder::Helper &helper, const AttachmentPixels::Request &request, const QByteArray &bytes)
{
    const bool document = bytes.startsWith("%PDF-");
    if (bytes.isEmpty()) {
        return failure(AttachmentDecodeResult::Error::Damaged, document);
    }
    if (bytes.size() > AttachmentPixels::kMaxInputBytes) {
        return failure(AttachmentDecodeResult::Error::TooLarge, document);
    }
    if (request.page >= AttachmentPixels::kMaxPageCount) {
        return failure(AttachmentDecodeResult::Error::NoSuchPage, document);
    }
    if (!usable(helper)) {
        return failure(AttachmentDecodeResult::Error::Unavailable, document);
    }
    return std::nullopt;
}

// A helper that died of a signal: CPU time (SIGXCPU, then SIGKILL at the hard
// limit) reads as "too long"; anything else (SIGSYS from the filter, SIGSEGV,
// SIGABRT from a failed allocation) as a stopped decode. On Unix QProcess
// reports the signal number as the exit code of a crash.
AttachmentDecodeResult crashed(int signal, bool document)
{
#ifdef SIGXCPU
    if (signal == SIGXCPU || signal == SIGKILL) {
        return failure(AttachmentDecodeResult::Error::TimedOut, document);
    }
#else
    Q_UNUSED(signal)
#endif
    return failure(AttachmentDecodeResult::Error::Failed, document);
}

std::atomic<AttachmentDecoder::Observer> g_observer { nullptr };

void observe(const QProcess &process, bool blocking)
{
    if (const AttachmentDecoder::Observer observer = g_observer.load()) {
        observer({ QThread::currentThread(), blocking, process.processId() });
    }
}

// Helpers running per thread for start(), and the decoders waiting for one.
thread_local int t_running = 0;
thread_local QList<QPointer<AttachmentDecoder>> t_waiting;

} // namespace

QString AttachmentDecodeResult::message() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::TooLarge:
        return document ? tr("This document could not be shown safely: it is larger than Harbor opens.")
                        : tr("This picture could not be shown safely: it is larger than Harbor opens.");
    case Error::Damaged:
        return document ? tr("This document could not be shown safely: the file is damaged.")
                        : tr("This picture could not be shown safely: the file is damaged.");
    case Error::Unsupported:
        return document ? tr("This document could not be shown: Harbor does not open this kind of PDF.")
                        : tr("This picture could not be shown: Harbor opens PNG and JPEG pictures only.");
    case Error::NoSuchPage:
        return tr("This page is not in the document.");
    case Error::TimedOut:
        return document ? tr("This document could not be shown safely: it took too long.")
                        : tr("This picture could not be shown safely: it took too long.");
    case Error::Unavailable:
        return tr("Attachments cannot be shown: a part of Harbor is missing. Install Harbor again to see them.");
    case Error::Failed:
        return document ? tr("This document could not be shown safely: opening it was stopped.")
                        : tr("This picture could not be shown safely: opening it was stopped.");
    }
    return {};
}

void AttachmentDecoder::setObserver(Observer observer)
{
    g_observer.store(observer);
}

AttachmentDecoder::Helper AttachmentDecoder::defaultHelper()
{
    QStringList directories;
    if (QCoreApplication::instance()) {
        directories << QCoreApplication::applicationDirPath();
    }
#ifdef HARBOR_DECODER_INSTALL_DIR
    directories << QStringLiteral(HARBOR_DECODER_INSTALL_DIR);
#endif
    for (const QString &directory : std::as_const(directories)) {
        Helper helper;
        helper.program = QDir(directory).absoluteFilePath(kHelperName);
        if (usable(helper)) {
            return helper;
        }
    }
    return {};
}

AttachmentDecoder::AttachmentDecoder(QObject *parent)
    : QObject(parent)
    , m_helper(defaultHelper())
{
}

AttachmentDecoder::~AttachmentDecoder()
{
    t_waiting.removeAll(QPointer<AttachmentDecoder>(this));
    t_waiting.removeAll(QPointer<AttachmentDecoder>());
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
    releaseSlot();
}

void AttachmentDecoder::releaseSlot()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    --t_running;
    // The next waiting decoder takes the slot: a decoder that finished or was
    // deleted never stalls the others.
    while (!t_waiting.isEmpty() && t_running < kMaxRunning) {
        if (QPointer<AttachmentDecoder> next = t_waiting.takeFirst()) {
            ++t_running;
            next->m_running = true;
            QMetaObject::invokeMethod(next, &AttachmentDecoder::launch, Qt::QueuedConnection);
        }
    }
}

void AttachmentDecoder::start(const AttachmentPixels::Request &request, const QByteArray &bytes)
{
    Q_ASSERT(!m_process && !m_done);
    m_request = request;
    m_document = bytes.startsWith("%PDF-");
    if (const auto refused = refusedUpFront(m_helper, request, bytes)) {
        QMetaObject::invokeMethod(
            this, [this, result = *refused] { conclude(result); }, Qt::QueuedConnection);
        return;
    }
    m_input = requestBytes(request, bytes);
    if (t_running < kMaxRunning) {
        ++t_running;
        m_running = true;
        QMetaObject::invokeMethod(this, &AttachmentDecoder::launch, Qt::QueuedConnection);
    } else {
        t_waiting.append(this);
    }
}

void AttachmentDecoder::launch()
{
    if (m_done) {
        return;
    }
    m_process = new QProcess(this);
    configure(*m_process, m_helper);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
        [this] { conclude(failure(AttachmentDecodeResult::Error::TimedOut, m_document)); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > AttachmentPixels::kMaxAnswerBytes) {
            conclude(failure(AttachmentDecodeResult::Error::Failed, m_document));
        }
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            conclude(failure(AttachmentDecodeResult::Error::Unavailable, m_document));
        }
    });
    connect(m_process, &QProcess::started, this, [this] { observe(*m_process, false); });
    connect(m_process, &QProcess::finished, this, &AttachmentDecoder::collect);
    m_timer->start(m_helper.timeoutMs);
    m_process->start(QIODevice::ReadWrite);
    // Buffered by QProcess and written as the helper reads; a helper that
    // stops reading only runs into the timeout.
    m_process->write(m_input);
    m_process->closeWriteChannel();
    m_input.fill('\0');
    m_input.clear();
}

void AttachmentDecoder::collect()
{
    if (m_done) {
        return;
    }
    m_output += m_process->readAllStandardOutput();
    if (m_process->exitStatus() == QProcess::CrashExit) {
        conclude(crashed(m_process->exitCode(), m_document));
        return;
    }
    conclude(resultOf(m_output, m_request, m_document));
}

void AttachmentDecoder::conclude(const AttachmentDecodeResult &result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_timer) {
        m_timer->stop();
    }
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_output.fill('\0');
    m_output.clear();
    releaseSlot();
    Q_EMIT finished(result);
}

AttachmentDecodeResult AttachmentDecoder::resultOf(
    QByteArrayView answer, const AttachmentPixels::Request &request, bool document)
{
    const auto parsed = AttachmentPixels::parseAnswer(answer, request);
    if (!parsed) {
        return failure(AttachmentDecodeResult::Error::Failed, document);
    }
    AttachmentDecodeResult result;
    result.document = document;
    switch (parsed->status) {
    case Status::Ok:
        result.error = AttachmentDecodeResult::Error::None;
        result.pageCount = int(parsed->pageCount);
        result.image = parsed->image;
        break;
    case Status::TooLarge:
        result.error = AttachmentDecodeResult::Error::TooLarge;
        break;
    case Status::Damaged:
        result.error = AttachmentDecodeResult::Error::Damaged;
        break;
    case Status::Unsupported:
        result.error = AttachmentDecodeResult::Error::Unsupported;
        break;
    case Status::NoSuchPage:
        result.error = AttachmentDecodeResult::Error::NoSuchPage;
        result.pageCount = int(parsed->pageCount);
        break;
    case Status::BadRequest:
    case Status::Failed:
        result.error = AttachmentDecodeResult::Error::Failed;
        break;
    }
    return result;
}

AttachmentDecodeResult AttachmentDecoder::decode(
    const Helper &helper, const AttachmentPixels::Request &request, const QByteArray &bytes)
{
    const bool document = bytes.startsWith("%PDF-");
    if (const auto refused = refusedUpFront(helper, request, bytes)) {
        return *refused;
    }
    const QDeadlineTimer deadline(helper.timeoutMs);
    QProcess process;
    configure(process, helper);
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        return failure(process.error() == QProcess::Timedout ? AttachmentDecodeResult::Error::TimedOut
                                                             : AttachmentDecodeResult::Error::Unavailable,
            document);
    }
    observe(process, true);
    process.write(requestBytes(request, bytes));
    process.closeWriteChannel();
    QByteArray output;
    const auto stop = [&](AttachmentDecodeResult::Error error) {
        process.kill();
        process.waitForFinished(1000);
        output.fill('\0');
        return failure(error, document);
    };
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            return stop(AttachmentDecodeResult::Error::TimedOut);
        }
        // Also writes the request as the helper reads it.
        process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
        output += process.readAllStandardOutput();
        if (output.size() > AttachmentPixels::kMaxAnswerBytes) {
            return stop(AttachmentDecodeResult::Error::Failed);
        }
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() == QProcess::CrashExit) {
        return crashed(process.exitCode(), document);
    }
    AttachmentDecodeResult result = resultOf(output, request, document);
    output.fill('\0');
    return result;
}

} // namespace harbor::journal
