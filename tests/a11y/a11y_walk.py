# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks Harbor over AT-SPI: finds controls, presses them, types into
fields, and audits every screen it reaches (see a11y_audit.py)."""
import subprocess

from a11y_audit import CONTROL_ROLES, PRESSABLE_ROLES, TEXT_ROLES, wait_for

MAX_NODES = 4000


class Node:
    """What the audit needs of one accessible, read once."""

    def __init__(self, pyatspi, acc):
        self.acc = acc
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        states = acc.getState()
        self.visible = states.contains(pyatspi.STATE_VISIBLE)
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.enabled = states.contains(pyatspi.STATE_ENABLED) or states.contains(pyatspi.STATE_SENSITIVE)
        self.extent = None
        if not self.visible:
            # Qt 6.4 lists the Component interface only while the item has a
            # non-empty rectangle, and clients cache the interface list: asking
            # a hidden item would hide its extent for good. A screen reader only
            # asks what is shown; so does this audit.
            return
        try:
            box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            self.extent = (box.x, box.y, box.width, box.height)
        except NotImplementedError:
            self.extent = None

    def label(self):
        return f"{self.role} '{self.name}'"


class Walker:
    def __init__(self, pyatspi, audit, pid, run="desktop-en-light"):
        self.at = pyatspi
        self.audit = audit
        self.pid = pid
        self.run = run
        self.app = wait_for("Harbor on the accessibility bus", self._find_app)
        self.window = wait_for("Harbor's window", self._find_window)

    # ---- finding -------------------------------------------------------
    def _find_app(self):
        desktop = self.at.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.pid:
                    return app
            except Exception:  # an application that went away meanwhile
                continue
        return None

    def _find_window(self):
        for i in range(self.app.childCount):
            child = self.app.getChildAtIndex(i)
            if child is not None and child.getRoleName() in ("frame", "window", "dialog"):
                if Node(self.at, child).showing:
                    return child
        return None

    def nodes(self):
        """Every accessible under the application (all its windows), breadth first."""
        found = []
        queue = [self.app]
        while queue and len(found) < MAX_NODES:
            acc = queue.pop(0)
            for i in range(acc.childCount):
                child = acc.getChildAtIndex(i)
                if child is None:
                    continue
                node = Node(self.at, child)
                if not node.visible:
                    continue  # a hidden subtree: nothing in it is on screen
                found.append(node)
                queue.append(child)
        return found

    def find(self, name, roles=None, limit=30.0, showing=True):
        def look():
            for node in self.nodes():
                if node.name == name and (node.showing or not showing) and (roles is None or node.role in roles):
                    return node
            return None
        try:
            return wait_for(f"a control named '{name}'", look, limit)
        except RuntimeError as error:
            shown = "\n  ".join(f"{n.label()} showing={n.showing} {n.extent}" for n in self.nodes())
            raise RuntimeError(f"{error}; on screen:\n  {shown}") from None

    def find_prefix(self, prefix, limit=30.0):
        def look():
            for node in self.nodes():
                if node.name.startswith(prefix) and node.showing:
                    return node
            return None
        return wait_for(f"a control named '{prefix}…'", look, limit)

    def present(self, name):
        return any(n.name == name and n.showing for n in self.nodes())

    # ---- acting --------------------------------------------------------
    def press(self, name, roles=PRESSABLE_ROLES):
        # Scrolled out of view is fine: a screen reader's browse mode
        # reaches it too.
        node = self.find(name, roles, showing=False)
        action = node.acc.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in ("Press", "press", "Toggle", "toggle", "click"):
            if wanted in names:
                action.doAction(names.index(wanted))
                return
        raise RuntimeError(f"{node.label()} has no press action: {names}")

    def find_field(self, name):
        """A text field, passphrase inputs included, by its name."""
        def look():
            for node in self.nodes():
                if not node.showing or node.role not in TEXT_ROLES:
                    continue
                if node.name == name:
                    return node
            return None
        return wait_for(f"a field named '{name}'", look)

    def group_name(self, node):
        parent = node.acc.parent
        while parent is not None and parent.getRoleName() in ("filler", "panel", "grouping") and not parent.name:
            parent = parent.parent
        return parent.name if parent is not None else ""

    def type_into(self, name, text):
        node = self.find_field(name)
        if node.role == "password text":
            self.type_secret(node, name, text)
            return
        # Qt 6.4's text fields offer no editable-text interface either: type
        # as the keyboard would, into the field focused over AT-SPI.
        self.focus(node)
        subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)
        text_iface = node.acc.queryText()
        wait_for(f"'{text}' in {node.label()}", lambda: text_iface.getText(0, -1) == text, 10.0)

    def focus(self, node):
        if not node.acc.queryComponent().grabFocus():
            raise RuntimeError(f"{node.label()} refused the focus")
        wait_for(f"the focus in {node.label()}", lambda: node.acc.getState().contains(self.at.STATE_FOCUSED))

    def type_secret(self, node, name, text):
        """A passphrase input offers no editable-text interface (as in every
        toolkit): focus it over AT-SPI and type as the keyboard would, while
        listening to its text events as a screen reader does. Nothing a
        client can read, from the input or its events, may hold what was
        typed."""
        from gi.repository import GLib
        heard = []
        listener = lambda event: heard.append(str(event.any_data))  # noqa: E731
        self.at.Registry.registerEventListener(listener, "object:text-changed")
        try:
            self.focus(node)
            subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)
            text_iface = node.acc.queryText()
            context = GLib.MainContext.default()

            def typed():
                while context.pending():
                    context.iteration(False)
                return text_iface.characterCount == len(text)
            wait_for(f"{len(text)} characters in the passphrase input '{name}'", typed, 10.0)
        finally:
            self.at.Registry.deregisterEventListener(listener, "object:text-changed")
        shown = text_iface.getText(0, -1)
        if shown != "\u2022" * len(text):
            self.audit.fail("typing", f"the passphrase input '{name}' shows '{shown}' over AT-SPI")
        secret = set(text) - {" "}
        leaked = [h for h in heard if secret & set(h)]
        if leaked:
            self.audit.fail("typing", f"text events of the passphrase input '{name}' carried {leaked}")
        self.audit.secret_events += len(heard)

    def key(self, name):
        """A key press, as from the keyboard, to the focused window."""
        # No window manager runs under the test's Xvfb: give Harbor's window
        # the input focus first, as a click on it would.
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)],
                               capture_output=True, text=True, check=True)
        window = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--window", window, name],
                       check=True)

    # ---- auditing ------------------------------------------------------
    def audit_screen(self, screen):
        screen = f"{self.run}: {screen}"
        self.audit.screens.append(screen)
        win = Node(self.at, self.window)
        if win.extent is None:
            self.audit.fail(screen, "the window reports no extent")
            return
        wx, wy, ww, wh = win.extent
        for node in self.nodes():
            if node.role not in CONTROL_ROLES:
                continue
            self.audit.checked += 1
            if node.role == "password text" and node.name != self.group_name(node):
                self.audit.fail(screen, f"passphrase input '{node.name}' is not named by its label "
                                f"'{self.group_name(node)}'")
            if not node.name.strip():
                self.audit.fail(screen, f"{node.role} has no name (extent {node.extent})")
            if node.extent is None or node.extent[2] <= 0 or node.extent[3] <= 0:
                self.audit.fail(screen, f"{node.label()} reports no on-screen extent: {node.extent}")
                continue
            x, y, w, h = node.extent
            inside = x < wx + ww and x + w > wx and y < wy + wh and y + h > wy
            if inside and not node.showing:
                self.audit.fail(screen, f"{node.label()} is on screen at {node.extent} but not 'showing'")
            if node.showing and not inside:
                self.audit.fail(screen, f"{node.label()} is 'showing' but at {node.extent}, outside the window")
            # A Quick Controls Page reports itself as a page tab whatever its
            # QML role says: a page tab holding controls is a page, not a tab.
            is_page = node.role == "page tab" and node.acc.childCount > 0
            if node.role in PRESSABLE_ROLES and not is_page:
                try:
                    action = node.acc.queryAction()
                    names = [action.getName(i) for i in range(action.nActions)]
                except NotImplementedError:
                    names = []
                if not {"Press", "press", "Toggle", "toggle", "click"} & set(names):
                    self.audit.fail(screen, f"{node.label()} has no Press or Toggle action ({names})")

    # ---- the story -----------------------------------------------------
    def run_story(self, name="story"):
        import a11y_story  # noqa
        getattr(a11y_story, name)(self)
