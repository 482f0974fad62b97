#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills translations/proclab_en.ts from the English source texts.

Sources say "%n process(es)"; English readers want "1 process", "2 processes". Qt picks the form
from the catalogue, so English needs one too: plural messages get their two forms, every other
message its source as it is (so the catalogue is complete and nothing is left "unfinished"). Run
after `cmake --build build --target update_translations`; it touches only messages that are not
finished yet.
"""
import re
import sys
import xml.etree.ElementTree as ET

TS = sys.argv[1] if len(sys.argv) > 1 else "translations/proclab_en.ts"
WORD = re.compile(r"(\w+)\((s|es)\)")
# Singular agreement of the words around the counted noun.
SINGULAR = [(r"\bwere\b", "was"), (r"\bare\b", "is"), (r"\bthem\b", "it")]


def forms(source):
    singular = WORD.sub(r"\1", source)
    for pattern, word in SINGULAR:
        singular = re.sub(pattern, word, singular)
    plural = WORD.sub(r"\1\2", source)
    return singular, plural


def main():
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes":
            if translation.get("type") == "unfinished":
                translation.text = message.find("source").text
                translation.attrib.pop("type", None)
                filled += 1
            continue
        if translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and len(translation)
        ):
            continue
        for child in list(translation):
            translation.remove(child)
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(TS, "w", encoding="utf-8") as out:  # the header lupdate writes, DOCTYPE included
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{TS}: {filled} message(s) filled")


if __name__ == "__main__":
    main()
