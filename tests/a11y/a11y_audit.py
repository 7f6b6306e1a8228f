#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accessibility audit of the real Harbor window, over the AT-SPI bus.

Starts its own Xvfb (unix socket only, no TCP), its own D-Bus session bus
(which starts the AT-SPI bus on demand) and Harbor with a fresh data folder,
then walks Harbor the way a screen-reader or switch-access user would: every
step is taken through the accessibility bus (the Press action, editable
text), never with the pointer. On every screen it checks each visible
control:

- it has a name and a control role;
- a button answers the Press action (or Toggle for a check box or switch);
- it reports the showing state and an on-screen extent inside the window.

It does this twice: a desktop-sized window in English and the light theme,
walked through the whole first start; then a phone-sized window in Spanish
and the dark theme, through the first-start questions and every page.

Usage: a11y_audit.py HARBOR_EXECUTABLE [--keep DIR]
Exit status: 0 when every check passed, 1 with a list of failures.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box",
    "spin button", "slider", "password text", "entry", "text", "link",
    "page tab", "menu item", "list item",
}
PRESSABLE_ROLES = {"push button", "toggle button", "check box", "radio button", "link", "menu item", "page tab"}
TEXT_ROLES = {"password text", "entry", "text"}


class Audit:
    def __init__(self):
        self.failures = []
        self.checked = 0
        self.secret_events = 0
        self.screens = []

    def fail(self, screen, message):
        self.failures.append(f"[{screen}] {message}")


RUNS = [
    {"name": "desktop-en-light", "args": [], "settings": "", "story": "story"},
    {"name": "phone-es-dark", "args": ["-geometry", "360x740+0+0"],
     "settings": "[ui]\nlanguage=es\ntheme=dark\n", "story": "story_phone_spanish_dark"},
]


def start_xvfb():
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "1280x900x24"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    display = b""
    with os.fdopen(read_fd, "rb") as pipe:
        while not display.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            display += chunk
    return proc, ":" + display.decode().strip()


def start_session_bus():
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    address = proc.stdout.readline().decode().strip()
    if not address:
        raise RuntimeError("dbus-daemon did not start")
    return proc, address


def wait_for(what, predicate, limit=60.0):
    """Polls until predicate() gives a true value (readiness, not timing)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise RuntimeError(f"gave up waiting for {what}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    harbor = os.path.abspath(sys.argv[1])
    keep = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--keep" else None
    data_dir = keep or tempfile.mkdtemp(prefix="harbor-a11y-")
    procs = []
    try:
        xvfb, display = start_xvfb()
        procs.append(xvfb)
        os.environ["DISPLAY"] = display
        bus, address = start_session_bus()
        procs.append(bus)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ.pop("QT_QPA_PLATFORM", None)
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1", LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="",
                   QT_QUICK_BACKEND="software")
        # Imported only now: pyatspi connects to the bus named in the environment.
        import pyatspi  # noqa: E402
        from a11y_walk import Walker  # noqa: E402
        # Starts the AT-SPI bus and registry now: Qt looks for the bus (the
        # AT_SPI_BUS property on the X root window) once, when it starts.
        pyatspi.Registry.getDesktop(0).childCount  # noqa: B018
        audit = Audit()
        # The first start as most people meet it (desktop size, English,
        # the light theme), every step through the bus; then the other size,
        # language and theme: a phone-sized window in Spanish and dark.
        for run in RUNS:
            run_dir = os.path.join(data_dir, run["name"])
            os.makedirs(run_dir, mode=0o700)
            if run["settings"]:
                with open(os.path.join(run_dir, "settings.ini"), "w") as settings:
                    settings.write(run["settings"])
            app_log = open(os.path.join(run_dir, "harbor-stderr.txt"), "w+")
            app_proc = subprocess.Popen([harbor, "--data-dir", run_dir] + run["args"],
                                        env=dict(env, HARBOR_DATA_DIR=run_dir),
                                        stdout=subprocess.DEVNULL, stderr=app_log)
            procs.append(app_proc)
            try:
                walker = Walker(pyatspi, audit, app_proc.pid, run["name"])
                walker.run_story(run["story"])
            except RuntimeError:
                app_log.seek(0)
                print("Harbor's standard error:\n" + app_log.read()[-4000:])
                raise
            finally:
                app_proc.terminate()
                app_proc.wait(10)
        print(f"a11y audit: {audit.checked} control checks on {len(audit.screens)} screens: "
              + ", ".join(audit.screens))
        print(f"a11y audit: {audit.secret_events} text event(s) heard from passphrase inputs"
              if not audit.failures else "")
        if audit.failures:
            print(f"a11y audit: {len(audit.failures)} failure(s)")
            for failure in audit.failures:
                print("  " + failure)
            return 1
        print("a11y audit: passed")
        return 0
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if not keep:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.exit(main())
