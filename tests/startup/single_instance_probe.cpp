// SPDX-License-Identifier: GPL-3.0-or-later
// single_instance_probe SOCKET: claims SOCKET as Harbor does at start, prints
// "primary", "secondary" or "unguarded"; a primary then prints "activated"
// for each later start and exits after the first (or after 10 s).
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().size() != 2) {
        return 2;
    }
    harbor::app::SingleInstance instance(QCoreApplication::arguments().at(1));
    const auto role = instance.claim();
    using Role = harbor::app::SingleInstance::Role;
    std::puts(role == Role::Primary ? "primary" : role == Role::Secondary ? "secondary" : "unguarded");
    std::fflush(stdout);
    if (role != Role::Primary) {
        return 0;
    }
    QObject::connect(&instance, &harbor::app::SingleInstance::activationRequested, &app, [] {
        std::puts("activated");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(1); });
    return QCoreApplication::exec();
}
