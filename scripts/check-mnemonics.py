#!/usr/bin/env python3
"""Fails when two controls of one form (or two entries of one menu) share an Alt+letter
mnemonic, in the .ui files (English) or in their French translation."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def mnemonic(text):
    match = re.search(r"&(\w)", (text or "").replace("&&", ""))
    return match.group(1).lower() if match else None


def groups(path):
    """The texts that share one keyboard scope: every form is one scope, except a main window
    whose menu bar titles are one scope and each menu's entries another."""
    tree = ET.parse(path)
    actions = {}
    for action in tree.iter("action"):
        text = action.find("./property[@name='text']/string")
        if text is not None and text.get("notr") != "true":
            actions[action.get("name")] = text.text
    scopes = []
    menubar = [w for w in tree.iter("widget") if w.get("class") == "QMenuBar"]
    menu_texts = set()
    for bar in menubar:
        titles = []
        for menu in bar.iter("widget"):
            if menu.get("class") != "QMenu":
                continue
            title = menu.find("./property[@name='title']/string")
            if title is not None:
                titles.append(title.text)
                menu_texts.add(title.text)
            entries = [actions[a.get("name")] for a in menu.findall("addaction")
                       if a.get("name") in actions]
            menu_texts.update(entries)
            scopes.append(entries)
        scopes.append(titles)
    rest = [s.text for s in tree.iter("string")
            if s.get("notr") != "true" and s.text and s.text not in menu_texts
            and s.text not in actions.values()]
    scopes.append(rest)
    return scopes


def french(ts_path):
    translations = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation").text
            if source and translation:
                translations[(name, source)] = translation
    return translations


def clashes(scope):
    seen = {}
    for text in scope:
        letter = mnemonic(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


fr = french(os.path.join(root, "resources/translations/binome_fr.ts"))
failures = 0
for path in sorted(glob.glob(os.path.join(root, "ui/*.ui"))):
    form = os.path.basename(path)[:-3]
    for scope in groups(path):
        for language, texts in (("en", scope), ("fr", [fr.get((form, t), t) for t in scope])):
            for letter, texts_ in clashes(texts).items():
                failures += 1
                print(f"{form}.ui ({language}): Alt+{letter.upper()} is given to "
                      + " and ".join(repr(t) for t in texts_))
sys.exit(1 if failures else 0)
