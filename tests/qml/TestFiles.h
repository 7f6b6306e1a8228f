// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QUrl>

namespace harbor::test {

// Files a QML test hands to the app as a user would pick them, and where
// a test may save screenshots (HARBOR_SCREENSHOT_DIR, unset in CI).
class TestFiles : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE QUrl png(const QString &name)
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(0x3d, 0x5a, 0x80));
        QPainter painter(&image);
        painter.fillRect(40, 40, 120, 80, Qt::white);
        painter.end();
        return write(name, image, "PNG");
    }
    Q_INVOKABLE QUrl text(const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly)) {
            file.write("not a picture");
        }
        return QUrl::fromLocalFile(file.fileName());
    }
    // Where the app may write a file the user chose (a report, a backup).
    Q_INVOKABLE QUrl target(const QString &name) const { return QUrl::fromLocalFile(m_dir.filePath(name)); }
    // A file's size (-1: missing) and whether anyone but its owner may read it.
    Q_INVOKABLE double size(const QUrl &file) const
    {
        const QFileInfo info(file.toLocalFile());
        return info.exists() ? static_cast<double>(info.size()) : -1;
    }
    Q_INVOKABLE bool ownerOnly(const QUrl &file) const
    {
        const auto others
            = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        return QFileInfo::exists(file.toLocalFile()) && !(QFile::permissions(file.toLocalFile()) & others);
    }
    Q_INVOKABLE QString screenshotDir() const { return qEnvironmentVariable("HARBOR_SCREENSHOT_DIR"); }

private:
    QUrl write(const QString &name, const QImage &image, const char *format)
    {
        const QString path = m_dir.filePath(name);
        image.save(path, format);
        return QUrl::fromLocalFile(path);
    }
    QTemporaryDir m_dir;
};

} // namespace harbor::test
