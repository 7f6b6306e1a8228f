// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"
#include "Sanitizers.h"

#include <cerrno>
#include <initializer_list>

#include <sched.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

// Under AddressSanitizer (the HARBOR_SANITIZERS build, and the fuzz preset)
// the helper runs relaxed: ASan reserves terabytes of address space, so
// RLIMIT_AS would stop it before main(), and LeakSanitizer at exit needs
// ptrace and /proc, which the filter forbids. Only that build is relaxed;
// every other build gets the memory cap and the filter.

namespace harbor::decoder {

namespace {

constexpr rlim_t kMemoryBytes = 512UL * 1024 * 1024;
constexpr rlim_t kCpuSeconds = 5; // SIGXCPU; SIGKILL a second later

void setLimit(int resource, rlim_t soft, rlim_t hard)
{
    const rlimit limit { soft, hard };
    setrlimit(resource, &limit);
}

} // namespace

void limitResources()
{
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    setLimit(RLIMIT_CORE, 0, 0);
    setLimit(RLIMIT_FSIZE, 0, 0);
    setLimit(RLIMIT_CPU, kCpuSeconds, kCpuSeconds + 1);
#ifndef HARBOR_UNDER_ASAN
    setLimit(RLIMIT_AS, kMemoryBytes, kMemoryBytes);
#endif
}

Filter enterSandbox()
{
#ifdef HARBOR_UNDER_ASAN
    return Filter::Relaxed;
#else
    // Killing the whole process (not only the thread) needs kernel 4.14.
    const uint32_t kill = seccomp_api_get() >= 3 ? SCMP_ACT_KILL_PROCESS : SCMP_ACT_KILL;
    scmp_filter_ctx filter = seccomp_init(kill);
    if (!filter) {
        return Filter::Unavailable;
    }
    // A rule that cannot be added (a system call this architecture lacks)
    // leaves that call to the default action: the filter fails closed.
    const auto rule = [&](uint32_t action, int syscall, std::initializer_list<scmp_arg_cmp> args = {}) {
        seccomp_rule_add_array(filter, action, syscall, unsigned(args.size()), args.begin());
    };
    // Decoding: memory, threads of Qt's pool, time, reading the input (it is
    // already read) and writing the answer (stdout) or a warning (stderr).
    for (const int syscall : { SCMP_SYS(read), SCMP_SYS(readv), SCMP_SYS(pread64), SCMP_SYS(lseek), SCMP_SYS(close),
             SCMP_SYS(fstat), SCMP_SYS(newfstatat), SCMP_SYS(statx), SCMP_SYS(fcntl), SCMP_SYS(brk), SCMP_SYS(munmap),
             SCMP_SYS(mremap), SCMP_SYS(madvise), SCMP_SYS(futex), SCMP_SYS(set_robust_list), SCMP_SYS(rseq),
             SCMP_SYS(sched_yield), SCMP_SYS(sched_getaffinity), SCMP_SYS(clock_gettime), SCMP_SYS(clock_getres),
             SCMP_SYS(gettimeofday), SCMP_SYS(clock_nanosleep), SCMP_SYS(nanosleep), SCMP_SYS(getpid), SCMP_SYS(gettid),
             SCMP_SYS(getuid), SCMP_SYS(geteuid), SCMP_SYS(getgid), SCMP_SYS(getegid), SCMP_SYS(getrandom),
             SCMP_SYS(getrlimit), SCMP_SYS(sysinfo), SCMP_SYS(uname), SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask),
             SCMP_SYS(rt_sigreturn), SCMP_SYS(sigaltstack), SCMP_SYS(restart_syscall), SCMP_SYS(exit),
             SCMP_SYS(exit_group) }) {
        rule(SCMP_ACT_ALLOW, syscall);
    }
    for (const int fd : { STDOUT_FILENO, STDERR_FILENO }) {
        rule(SCMP_ACT_ALLOW, SCMP_SYS(write), { SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(fd)) });
        rule(SCMP_ACT_ALLOW, SCMP_SYS(writev), { SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(fd)) });
    }
    // Memory, never executable: no code is loaded or generated any more.
    rule(SCMP_ACT_ALLOW, SCMP_SYS(mmap), { SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0) });
    rule(SCMP_ACT_ALLOW, SCMP_SYS(mprotect), { SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0) });
    // Threads (QImage's smooth scaling uses Qt's thread pool), never a new
    // process; glibc falls back from clone3, whose flags a filter cannot see.
    rule(SCMP_ACT_ALLOW, SCMP_SYS(clone), { SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD) });
    rule(SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3));
    // A new QThread makes itself a wake-up eventfd (no file) and names itself.
    rule(SCMP_ACT_ALLOW, SCMP_SYS(eventfd2));
    rule(SCMP_ACT_ALLOW, SCMP_SYS(prctl), { SCMP_A0(SCMP_CMP_EQ, PR_SET_NAME) });
    // Reading limits (pthread_create asks for the stack size), never setting them.
    rule(SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), { SCMP_A0(SCMP_CMP_EQ, 0), SCMP_A2(SCMP_CMP_EQ, 0) });
    // abort() signals its own thread.
    rule(SCMP_ACT_ALLOW, SCMP_SYS(tgkill), { SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(getpid())) });
    // Libraries probe files lazily (a font PDFium did not load up front, a
    // locale, a terminal): that fails quietly instead of killing the decode.
    for (const int syscall :
        { SCMP_SYS(open), SCMP_SYS(openat), SCMP_SYS(access), SCMP_SYS(faccessat), SCMP_SYS(faccessat2),
            SCMP_SYS(readlink), SCMP_SYS(readlinkat), SCMP_SYS(stat), SCMP_SYS(lstat), SCMP_SYS(getcwd) }) {
        rule(SCMP_ACT_ERRNO(EACCES), syscall);
    }
    rule(SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(openat2));
    rule(SCMP_ACT_ERRNO(ENOTTY), SCMP_SYS(ioctl));
    // Everything else (socket, connect, execve, fork, ptrace, kill, unlink,
    // mkdir, ...) kills the helper.
    const bool loaded = seccomp_load(filter) == 0;
    seccomp_release(filter);
    return loaded ? Filter::Applied : Filter::Unavailable;
#endif
}

} // namespace harbor::decoder
