# SPDX-License-Identifier: GPL-3.0-or-later
"""The path a screen-reader user takes through a first start of Harbor,
step by step over AT-SPI. Each screen is audited before it is left."""
import re

PASSPHRASE = "copper lantern orchard velvet"


def story(w):
    # First start: the state question, then the going-online question.
    w.find("Where do you live?")
    w.audit_screen("where do you live")
    w.press("Skip: I'd rather not say")
    w.find("Should Harbor go online to check for new guides and numbers?")
    w.audit_screen("go online")
    w.press("Don't go online")

    # The guides, then one guide.
    w.find("Guides", {"push button", "page tab", "radio button", "list item"})
    w.audit_screen("guides")

    for page in ("Resources", "Settings"):
        w.press(page, {"push button", "page tab", "radio button", "list item"})
        w.find(page)
        w.audit_screen(page.lower())

    # The journal: onboarding, the recovery key, the workspace, the lock.
    w.press("Journal", {"push button", "page tab", "radio button", "list item"})
    w.find("A private journal, only on this device")
    w.audit_screen("onboarding: welcome")
    w.press("Continue")
    w.audit_screen("onboarding: state")
    w.press("Continue")
    w.find("Choose a passphrase")
    w.audit_screen("onboarding: passphrase")
    w.type_into("Passphrase", PASSPHRASE)
    w.type_into("The same passphrase again", PASSPHRASE)
    w.press("Create my journal")

    key_node = w.find_prefix("Recovery key: ", limit=120.0)
    w.audit_screen("onboarding: recovery key")
    # The name spells the key out character by character: "A B C D - E F …".
    groups = key_node.name[len("Recovery key: "):].replace(" ", "").split("-")
    for field in w.nodes():
        match = re.fullmatch(r"Group (\d+)", field.name)
        if match and field.role in ("entry", "text") and field.showing:
            index = int(match.group(1)) - 1
            w.type_into(field.name, groups[index] if index < len(groups) else "")
    w.press("I wrote it down")
    w.find("Your journal is ready")
    w.audit_screen("onboarding: ready")
    w.press("Open my journal")

    w.find("Lock the journal")
    w.audit_screen("journal")
    w.press("New entry")
    w.find("What happened", limit=30.0)
    w.audit_screen("journal: new entry")
    # Scrolled-out controls are not on the bus (Qt 6.4 marks them not
    # visible), so leave the editor as a keyboard user would: Escape.
    w.key("Escape")
    w.press("Lock the journal")

    w.find("Your journal is locked")
    w.audit_screen("lock screen")
    w.type_into("Passphrase", PASSPHRASE)
    w.press("Unlock")
    w.find("Lock the journal", limit=120.0)



def story_phone_spanish_dark(w):
    """A phone-sized window in Spanish and the dark theme: the first-start
    questions, then every page, reached with the keyboard shortcuts. The
    names are Harbor's Spanish translations."""
    w.find("¿Dónde vive?")
    w.audit_screen("¿dónde vive?")
    w.key("Escape")  # skips the question, as its Skip button does
    w.find("¿Debe Harbor conectarse a internet para buscar guías y números nuevos?")
    w.audit_screen("¿conectarse?")
    w.press("No conectarse a internet")
    w.find("Guías", {"page tab", "push button", "radio button", "list item"})
    w.audit_screen("guías")
    for key, heading in (("ctrl+3", "Recursos"), ("ctrl+4", "Ajustes"),
                         ("ctrl+2", "Un diario privado, solo en este dispositivo")):
        w.key(key)
        # The page's title (Qt 6.4 gives a heading the label role).
        w.find(heading, {"heading", "label"})
        w.audit_screen(heading.lower())
