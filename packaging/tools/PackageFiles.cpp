// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time generator for files the packages install, so they come from one
// source each: the manual page from the options --help prints
// (shell::CommandLine), the PNG icons from the SVG icon.
//
//   harbor-package-files manpage VERSION DATE OUT
//   harbor-package-files icon SVG SIZE OUT
#include "shell/CommandLine.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "harbor-package-files: %s\n", qPrintable(message));
    return 1;
}

int writeManPage(const QStringList &args)
{
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(out.errorString());
    }
    out.write(harbor::shell::CommandLine::manPage(args.at(0), args.at(1)).toUtf8());
    return out.commit() ? 0 : fail(out.errorString());
}

int renderIcon(const QStringList &args)
{
    bool ok = false;
    const int size = args.at(1).toInt(&ok);
    if (!ok || size <= 0) {
        return fail(QStringLiteral("not a size: %1").arg(args.at(1)));
    }
    // The SVG image plug-in renders at the requested size (no scaled bitmap).
    QImageReader reader(args.at(0), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        return fail(QStringLiteral("%1: %2 (is the Qt SVG plug-in, libqt6svg6, installed?)")
                        .arg(args.at(0), reader.errorString()));
    }
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        return fail(QStringLiteral("%1: %2").arg(args.at(2), out.errorString()));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QStringLiteral("manpage") && args.size() == 3) {
        return writeManPage(args);
    }
    if (command == QStringLiteral("icon") && args.size() == 3) {
        return renderIcon(args);
    }
    return fail(QStringLiteral("usage: harbor-package-files manpage VERSION DATE OUT | icon SVG SIZE OUT"));
}
