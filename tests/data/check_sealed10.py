#!/usr/bin/env python3
"""Stdlib-only sanity checker for tests/data/pii_sealed10.jsonl."""
import json
import os
import re
import sys
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_sealed10.jsonl")
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s10-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8


def whole_word_hits(text, sub):
    """Count occurrences of sub in text; boundary check only at alphanumeric edges."""
    hits, i = 0, text.find(sub)
    while i >= 0:
        j = i + len(sub)
        ok = True
        if sub[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if sub[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        hits += ok
        i = text.find(sub, i + 1)
    return hits


def main():
    errors = []
    ids = set()
    cats = Counter()
    kinds = Counter()
    crlf = 0
    with open(PATH, "rb") as fh:
        raw_lines = fh.read().split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    for n, raw in enumerate(raw_lines, 1):
        try:
            doc = json.loads(raw.decode("utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"line {n}: expected keys id, category, text, pii")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errors.append(f"line {n}: bad id {did!r}")
        elif m.group(1) != cat:
            errors.append(f"{did}: category {cat!r} does not match id")
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        if cat not in CATEGORIES:
            errors.append(f"{did}: unknown category {cat!r}")
        cats[cat] += 1
        if not isinstance(text, str) or not text:
            errors.append(f"{did}: empty text")
            continue
        if "\r\n" in text:
            crlf += 1
        if not isinstance(pii, list):
            errors.append(f"{did}: pii must be a list")
            continue
        if cat == "nopii" and pii:
            errors.append(f"{did}: nopii document has labels")
        seen = set()
        for p in pii:
            if not isinstance(p, dict) or set(p) != {"kind", "text"}:
                errors.append(f"{did}: bad label {p!r}")
                continue
            k, t = p["kind"], p["text"]
            if k not in KINDS:
                errors.append(f"{did}: unknown kind {k!r}")
            if not isinstance(t, str) or not t or t != t.strip():
                errors.append(f"{did}: empty or padded label text {t!r}")
                continue
            if (k, t) in seen:
                errors.append(f"{did}: duplicate label {(k, t)}")
            seen.add((k, t))
            if t not in text:
                errors.append(f"{did}: label {t!r} not a substring")
            elif whole_word_hits(text, t) == 0:
                errors.append(f"{did}: label {t!r} has no whole-word occurrence")
            kinds[k] += 1
    # per-category numbering must run 001..N without gaps
    per_cat = {}
    for did in ids:
        m = ID_RE.match(did)
        if m:
            per_cat.setdefault(m.group(1), []).append(int(m.group(2)))
    for c, nums in per_cat.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append(f"category {c}: ids not numbered 001..{len(nums):03d}")
    if len(raw_lines) != EXPECTED_DOCS:
        errors.append(f"expected {EXPECTED_DOCS} documents, found {len(raw_lines)}")
    if crlf < MIN_CRLF:
        errors.append(f"expected at least {MIN_CRLF} CRLF documents, found {crlf}")
    print("docs:", len(raw_lines), "crlf:", crlf)
    print("categories:", dict(sorted(cats.items())))
    print("spans by kind:", dict(sorted(kinds.items())))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
