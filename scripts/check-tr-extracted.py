#!/usr/bin/env python3
"""Fails when a tr()/translate() string of the sources is missing from binome_fr.ts: lupdate
silently skips some calls (e.g. a plural whose count is an expression like `x->size()`), and a
skipped message is never translated."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sources = {m.find("source").text or "" for m in
           ET.parse(os.path.join(root, "resources/translations/binome_fr.ts")).getroot().iter("message")}
call = re.compile(r'(?:\btr\(|\btranslate\(\s*"[^"]*",)\s*"((?:[^"\\]|\\.)*)"')
missing = 0
for path in sorted(glob.glob(os.path.join(root, "src/**/*.cpp"), recursive=True) +
                   glob.glob(os.path.join(root, "src/**/*.h"), recursive=True)):
    text = open(path, encoding="utf-8").read()
    for match in call.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].lstrip().startswith("//"):
            continue  # a comment that names a translation call
        segment = match.group(1).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
        if not any(s.startswith(segment) for s in sources):
            missing += 1
            line = text.count("\n", 0, match.start()) + 1
            print(f"{os.path.relpath(path, root)}:{line}: not extracted by lupdate: {segment[:70]!r}")
sys.exit(1 if missing else 0)
