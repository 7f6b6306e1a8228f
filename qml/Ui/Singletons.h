// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSEngine>
#include <QPointer>

class QQmlEngine;

namespace harbor::ui {

// The one way Harbor hands its services to QML. The wiring
// (app/services/Services.cpp) builds each service once and lists them in
// provideSingletons(); a type marked QML_SINGLETON declares
// HARBOR_PROVIDED_SINGLETON(Type), whose create() returns that instance. The
// engine never owns it.
template<typename T>
struct SingletonSlot
{
    static inline QPointer<T> instance;
};

template<typename T>
void provideSingleton(T *instance)
{
    SingletonSlot<T>::instance = instance;
}

template<typename T>
T *providedSingleton(const char *typeName)
{
    T *instance = SingletonSlot<T>::instance;
    if (!instance) {
        qFatal("%s was not provided before the QML engine asked for it", typeName);
    }
    QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    return instance;
}

} // namespace harbor::ui

// In the public part of a QML_SINGLETON type whose instance the wiring makes.
#define HARBOR_PROVIDED_SINGLETON(Type)                                                                                \
    static Type *create(QQmlEngine *, QJSEngine *)                                                                     \
    {                                                                                                                  \
        return ::harbor::ui::providedSingleton<Type>(#Type);                                                           \
    }
