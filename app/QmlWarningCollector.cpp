// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmlWarningCollector.h"

#include <QQmlEngine>
#include <QQmlError>

namespace harbor::app {

namespace {

QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

bool isQmlMessage(const QMessageLogContext &context)
{
    const QLatin1String category(context.category ? context.category : "");
    const QLatin1String file(context.file ? context.file : "");
    return category == QLatin1String("qml") || category == QLatin1String("js")
        || category.startsWith(QLatin1String("qt.qml")) || category.startsWith(QLatin1String("qt.quick"))
        || file.startsWith(QLatin1String("qrc:")) || file.endsWith(QLatin1String(".qml"));
}

void collectingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context)) {
        g_warnings.append(message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

QmlWarningCollector::QmlWarningCollector(QQmlEngine &engine)
{
    g_warnings.clear();
    g_previousHandler = qInstallMessageHandler(collectingHandler);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &errors) {
        for (const QQmlError &error : errors) {
            g_warnings.append(error.toString());
        }
    });
}

QmlWarningCollector::~QmlWarningCollector()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
}

const QStringList &QmlWarningCollector::warnings() const
{
    return g_warnings;
}

} // namespace harbor::app
