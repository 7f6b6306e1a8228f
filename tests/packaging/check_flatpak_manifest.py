#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check_flatpak_manifest.py MANIFEST EXPECTED METAINFO

The Flatpak manifest cannot be built here (no Flathub runtimes), so this
checks what can be: it parses; its app ID, runtime, modules and finish-args
are exactly the checked-in expectation (a new permission is a reviewed
change to two files); every downloaded source is pinned by a checksum;
nothing grants files or the host; the app ID is the metainfo's."""
import json
import sys
import xml.etree.ElementTree as ElementTree

import yaml

FORBIDDEN_PREFIXES = ("--filesystem", "--talk-name=org.freedesktop.Flatpak", "--device=all",
                      "--socket=session-bus", "--socket=system-bus")


def main(manifest_path, expected_path, metainfo_path):
    with open(manifest_path, encoding="utf-8") as stream:
        manifest = yaml.safe_load(stream)
    with open(expected_path, encoding="utf-8") as stream:
        expected = json.load(stream)
    problems = []

    for key in ("app-id", "runtime", "base", "command"):
        if manifest.get(key) != expected[key]:
            problems.append(f"{key}: {manifest.get(key)!r}, expected {expected[key]!r}")
    modules = [module["name"] for module in manifest.get("modules", [])]
    if modules != expected["modules"]:
        problems.append(f"modules: {modules}, expected {expected['modules']}")
    finish_args = manifest.get("finish-args", [])
    if finish_args != expected["finish-args"]:
        problems.append(f"finish-args: {finish_args}, expected {expected['finish-args']}")
    for arg in finish_args:
        if arg.startswith(FORBIDDEN_PREFIXES):
            problems.append(f"finish-args: {arg} is broader than Harbor needs")

    for module in manifest.get("modules", []):
        for source in module.get("sources", []):
            kind = source.get("type")
            if kind in ("archive", "file") and len(source.get("sha256", "")) != 64:
                problems.append(f"module {module['name']}: {source.get('url')} has no sha256")
            if kind == "git" and len(source.get("commit", "")) != 40:
                problems.append(f"module {module['name']}: git source not pinned to a commit")
            if kind == "archive" and not source.get("url", "").startswith("https://"):
                problems.append(f"module {module['name']}: {source.get('url')} is not https")

    component_id = ElementTree.parse(metainfo_path).getroot().findtext("id")
    if manifest.get("app-id") != component_id:
        problems.append(f"app-id {manifest.get('app-id')!r} is not the metainfo's {component_id!r}")

    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print(f"OK: {len(modules)} modules, {len(finish_args)} finish-args, sources pinned")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
