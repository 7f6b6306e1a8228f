// SPDX-License-Identifier: GPL-3.0-or-later
// The longest frame while a 20 MB picture is attached, shown and exported:
// Harbor's window (Main.qml, offscreen) over the app's services with a fresh
// vault in a throwaway folder, the journal open on one entry. A small
// animation keeps the scene rendering, and every interval between two
// frameSwapped is timed while the picture is attached (as the file dialog
// does), its thumbnail and the viewer are shown, and a report with it is
// exported. Goal: no frame longer than 50 ms. Prints JSON; exits non-zero
// only when it could not measure, never on speed.
#include "AppServices.h"
#include "JournalController.h"
#include "QmlPlugins.h"
#include "QmlSetup.h"
#include "ReportController.h"
#include "TestMain.h"
#include "journal/Attachment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

const QString kPassphrase = QStringLiteral("lantern orbit velvet cactus thunder");
constexpr int kGoalMs = 50;
constexpr int kWaitMs = 30000;

int fail(const char *why)
{
    std::fprintf(stderr, "bench_frames: could not measure: %s\n", why);
    return 1;
}

// A noise picture just under Attachment::kMaxBytes: PNG cannot compress noise.
bool writePicture(const QString &path, qint64 *size)
{
    QImage image(2600, 2600, QImage::Format_RGB888);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        random->fillRange(line, int(image.bytesPerLine() / 4));
    }
    QImageWriter writer(path, "png");
    writer.setCompression(0);
    if (!writer.write(image)) {
        return false;
    }
    *size = QFile(path).size();
    return *size > qint64 { 19 } * 1024 * 1024 && *size <= harbor::journal::Attachment::kMaxBytes;
}

void collectItems(QQuickItem *item, QList<QQuickItem *> *items)
{
    items->append(item);
    for (QQuickItem *child : item->childItems()) {
        collectItems(child, items);
    }
}

QList<QQuickItem *> allItems(QQuickWindow &window)
{
    QQuickItem *root = window.contentItem();
    while (root->parentItem()) {
        root = root->parentItem();
    }
    QList<QQuickItem *> items;
    collectItems(root, &items);
    return items;
}

QQuickItem *named(QQuickWindow &window, const QString &name)
{
    for (QQuickItem *item : allItems(window)) {
        if (item->objectName() == name && item->isVisible()) {
            return item;
        }
    }
    return nullptr;
}

// Images of attachments: how many are shown, and whether one still loads.
struct Shown
{
    int ready = 0;
    int loading = 0;
};

Shown attachmentImages(QQuickWindow &window)
{
    Shown shown;
    for (QQuickItem *item : allItems(window)) {
        if (!item->inherits("QQuickImage") || !item->isVisible()
            || !item->property("source").toUrl().toString().startsWith(QLatin1String("image://attachment/"))) {
            continue;
        }
        const int status = item->property("status").toInt(); // Image.Ready 1, Loading 2
        shown.ready += status == 1 ? 1 : 0;
        shown.loading += status == 2 ? 1 : 0;
    }
    return shown;
}

// Frame intervals, each with the step during which it ended.
struct Frames
{
    QMutex mutex;
    QElapsedTimer clock;
    qint64 lastNs = -1;
    int step = 0;
    std::vector<double> intervalsMs;
    std::vector<int> steps;

    void swapped()
    {
        const QMutexLocker lock(&mutex);
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0 && step > 0) {
            intervalsMs.push_back(double(now - lastNs) / 1e6);
            steps.push_back(step);
        }
        lastNs = now;
    }
    void enter(int next)
    {
        const QMutexLocker lock(&mutex);
        step = next;
    }
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(std::lround(p * double(values.size() - 1))));
    return values[at];
}

} // namespace

int main(int argc, char **argv)
{
    harbor::test::pinEnvironment();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    harbor::ui::setUpStyle();

    QTemporaryDir files;
    const QString picturePath = files.filePath(QStringLiteral("evidence.png"));
    qint64 pictureBytes = 0;
    if (!files.isValid() || !writePicture(picturePath, &pictureBytes)) {
        return fail("the 20 MB picture could not be written");
    }

    // The app's services (fake platform, throwaway data folder), first start
    // answered; the vault created before the window so no set-up is shown.
    harbor::test::AppServices services;
    QSignalSpy issued(&services.vault, &harbor::vault::Vault::recoveryKeyIssued);
    services.vault.create(kPassphrase);
    if (!(issued.count() > 0 || issued.wait(kWaitMs))
        || !QTest::qWaitFor([&services] { return services.journalController.isReady(); }, kWaitMs)) {
        return fail("the vault did not open");
    }
    auto &journal = services.journalController;
    harbor::journal::Entry entry = journal.newEntry();
    entry.text = QStringLiteral("A stranger sent this picture at night.");
    entry.occurredAtMs -= qint64 { 3600 } * 1000;
    const qint64 entryId = journal.save(entry);
    journal.acknowledgeImageRule();
    if (entryId <= 0 || !journal.imageRuleAcknowledged()) {
        return fail("the entry could not be saved");
    }

    QQmlApplicationEngine engine;
    harbor::ui::setUpEngine(engine);
    engine.load(QUrl(QStringLiteral("qrc:/Harbor/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        return fail("Main.qml did not load");
    }
    window->resize(1280, 800);
    window->show();
    window->setProperty("currentPage", 1);
    QObject *workspace = nullptr;
    const bool opened = QTest::qWaitFor(
        [&] {
            workspace = named(*window, QStringLiteral("journalWorkspace"));
            return workspace != nullptr;
        },
        kWaitMs);
    if (!opened) {
        return fail("the journal did not open");
    }
    QMetaObject::invokeMethod(
        workspace, "open", Q_ARG(QVariant, QStringLiteral("detail")), Q_ARG(QVariant, QVariant(entryId)));

    // Something always moving, so that every frame is rendered.
    QQmlComponent spinner(&engine);
    spinner.setData("import QtQuick\nRectangle { width: 6; height: 6; color: \"#3d5a80\"\n"
                    "RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite } }",
        QUrl());
    auto *spin = qobject_cast<QQuickItem *>(spinner.create());
    if (!spin) {
        return fail("the animation could not be made");
    }
    spin->setParentItem(window->contentItem());

    Frames frames;
    frames.clock.start();
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window, [&frames] { frames.swapped(); }, Qt::DirectConnection);
    QTest::qWait(1000); // the detail and the animation settle

    // 1: attached, as the file dialog's onAccepted does; its thumbnail shown.
    QElapsedTimer steps;
    steps.start();
    frames.enter(1);
    if (!journal.addAttachment(entryId, QUrl::fromLocalFile(picturePath))) {
        return fail("the picture was not attached");
    }
    QQuickItem *thumb = nullptr;
    const bool thumbShown = QTest::qWaitFor(
        [&] {
            thumb = named(*window, QStringLiteral("attachmentThumb"));
            const Shown shown = attachmentImages(*window);
            return thumb && shown.ready >= 1 && shown.loading == 0;
        },
        kWaitMs);
    const qint64 attachMs = steps.restart();
    if (!thumbShown) {
        return fail("the thumbnail was not shown");
    }

    // 2: the viewer opened on it, as a click on the thumbnail does.
    frames.enter(2);
    QMetaObject::invokeMethod(thumb, "clicked");
    const bool viewerShown = QTest::qWaitFor(
        [&] { return attachmentImages(*window).ready >= 2 && attachmentImages(*window).loading == 0; }, kWaitMs);
    const qint64 viewerMs = steps.restart();
    if (!viewerShown) {
        return fail("the viewer did not show the picture");
    }

    // 3: a report with the picture exported.
    frames.enter(3);
    auto &report = services.services.reportController;
    report.resetSelection();
    report.exportPdf(QUrl::fromLocalFile(files.filePath(QStringLiteral("report.pdf"))), kPassphrase);
    const bool exported = QTest::qWaitFor([&report] { return !report.status().busy; }, kWaitMs * 2);
    const qint64 exportMs = steps.restart();
    if (!exported || !report.hasExport()) {
        return fail("the report was not exported");
    }
    // A few frames after the last step, so that its own frame is counted.
    QTest::qWait(300);
    frames.enter(0);
    QObject::disconnect(window, &QQuickWindow::frameSwapped, window, nullptr);

    std::vector<double> intervals;
    std::vector<int> stepOf;
    {
        const QMutexLocker lock(&frames.mutex);
        intervals = frames.intervalsMs;
        stepOf = frames.steps;
    }
    if (intervals.size() < 10) {
        return fail("too few frames were rendered");
    }
    double longestByStep[4] = { 0, 0, 0, 0 };
    for (size_t i = 0; i < intervals.size(); ++i) {
        longestByStep[stepOf[i]] = std::max(longestByStep[stepOf[i]], intervals[i]);
    }
    const double longest = *std::max_element(intervals.begin(), intervals.end());
    const QJsonObject result {
        { QStringLiteral("bench"), QStringLiteral("frames") },
        { QStringLiteral("picture_bytes"), double(pictureBytes) },
        { QStringLiteral("frames"), int(intervals.size()) },
        { QStringLiteral("longest_frame_ms"), longest },
        { QStringLiteral("p95_frame_ms"), percentile(intervals, 0.95) },
        { QStringLiteral("median_frame_ms"), percentile(intervals, 0.5) },
        { QStringLiteral("longest_frame_attach_ms"), longestByStep[1] },
        { QStringLiteral("longest_frame_viewer_ms"), longestByStep[2] },
        { QStringLiteral("longest_frame_export_ms"), longestByStep[3] },
        { QStringLiteral("attach_and_thumbnail_ms"), double(attachMs) },
        { QStringLiteral("viewer_ms"), double(viewerMs) },
        { QStringLiteral("export_ms"), double(exportMs) },
        { QStringLiteral("goal_ms"), kGoalMs },
        { QStringLiteral("goal_met"), longest < kGoalMs },
    };
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    const QString output = [&] {
        const QStringList args = QCoreApplication::arguments();
        const auto at = args.indexOf(QStringLiteral("--output"));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    }();
    if (!output.isEmpty()) {
        QDir().mkpath(QFileInfo(output).absolutePath());
        QFile out(output);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size()) {
            return fail("the output file could not be written");
        }
    }
    return 0;
}
