// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace harbor::process {

bool harden(QString *error)
{
    umask(077);
    const rlimit noCore { 0, 0 };
    const bool coreOff = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!coreOff || !notDumpable) {
        if (error) {
            *error = QStringLiteral("the system refused to %1: %2")
                         .arg(coreOff ? QStringLiteral("make the process undumpable")
                                      : QStringLiteral("turn off core files"),
                             QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    return true;
}

void releaseFreedMemory()
{
    malloc_trim(0);
}

State currentState()
{
    State state;
    state.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
    rlimit core {};
    if (getrlimit(RLIMIT_CORE, &core) == 0) {
        state.coreLimit = core.rlim_cur == RLIM_INFINITY ? -1 : static_cast<qint64>(core.rlim_cur);
    }
    const mode_t mask = umask(077);
    umask(mask);
    state.umask = mask;
    state.wipesFreedMemory = allocatorWipesFreedMemory();
    return state;
}

} // namespace harbor::process
