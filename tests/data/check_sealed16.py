#!/usr/bin/env python3
"""Stdlib-only validator for pii_sealed16.jsonl."""
import json
import os
import re
import sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_sealed16.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s16-([a-z]+)-(\d{3})$")


def whole_word_hits(text, s):
    hits, i = [], text.find(s)
    while i != -1:
        j = i + len(s)
        left_ok = not (s[0].isalnum() and i > 0 and text[i - 1].isalnum())
        right_ok = not (s[-1].isalnum() and j < len(text) and text[j].isalnum())
        if left_ok and right_ok:
            hits.append(i)
        i = text.find(s, i + 1)
    return hits


def main(path=PATH):
    errs = []
    ids = set()
    cats = Counter()
    kinds = Counter()
    crlf = 0
    n = 0
    with open(path, "rb") as fh:
        raw = fh.read()
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:  # noqa
            errs.append(f"line {ln}: invalid JSON: {e}")
            continue
        n += 1
        if set(d) != {"id", "category", "text", "pii"}:
            errs.append(f"line {ln}: unexpected keys {sorted(d)}")
        did, cat, text, pii = d.get("id"), d.get("category"), d.get("text"), d.get("pii")
        m = ID_RE.match(did or "")
        if not m:
            errs.append(f"line {ln}: bad id {did!r}")
        elif m.group(1) != cat:
            errs.append(f"{did}: category {cat!r} does not match id")
        if did in ids:
            errs.append(f"{did}: duplicate id")
        ids.add(did)
        if cat not in CATS:
            errs.append(f"{did}: bad category {cat!r}")
        cats[cat] += 1
        if not isinstance(text, str) or not text:
            errs.append(f"{did}: empty text")
            continue
        if "\r\n" in text:
            crlf += 1
        if not isinstance(pii, list):
            errs.append(f"{did}: pii is not a list")
            continue
        if cat == "nopii" and pii:
            errs.append(f"{did}: nopii document has labels")
        seen = set()
        for p in pii:
            k, t = p.get("kind"), p.get("text")
            if set(p) != {"kind", "text"}:
                errs.append(f"{did}: bad label keys {sorted(p)}")
            if k not in KINDS:
                errs.append(f"{did}: bad kind {k!r}")
            if not isinstance(t, str) or not t or t != t.strip():
                errs.append(f"{did}: bad label text {t!r}")
                continue
            if (k, t) in seen:
                errs.append(f"{did}: duplicate label {(k, t)}")
            seen.add((k, t))
            kinds[k] += 1
            if t not in text:
                errs.append(f"{did}: label {t!r} not a substring")
            elif not whole_word_hits(text, t):
                errs.append(f"{did}: label {t!r} has no whole-word occurrence")
    # ids numbered from 001 contiguously within each category
    per = {}
    for i in ids:
        m = ID_RE.match(i or "")
        if m:
            per.setdefault(m.group(1), []).append(int(m.group(2)))
    for c, nums in per.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errs.append(f"category {c}: ids not numbered 001..{len(nums):03d}")
    if n != 200:
        errs.append(f"expected 200 documents, found {n}")
    if crlf < 8:
        errs.append(f"expected >= 8 CRLF documents, found {crlf}")
    for e in errs:
        print("ERROR:", e)
    print("docs:", n, "crlf:", crlf)
    print("categories:", dict(sorted(cats.items())))
    print("labels by kind:", dict(sorted(kinds.items())))
    print("FAIL" if errs else "OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
