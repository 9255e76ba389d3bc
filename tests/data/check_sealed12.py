#!/usr/bin/env python3
"""Stdlib-only validator for pii_sealed12.jsonl.

Usage: python3 check_sealed12.py [path] [--review]
--review also prints labels that occur more than once (whole-word) for manual review.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s12-(intake|followup|vispdat|dv|youth|hiv|housing|ticket|nopii)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8
MIN_NOPII = 50


def whole_word_hits(text, span):
    """Start offsets of occurrences of span that pass the boundary rule.
    The boundary check applies only at edges where span starts/ends with an alphanumeric."""
    hits = []
    check_left = span[0].isalnum()
    check_right = span[-1].isalnum()
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            break
        j = i + len(span)
        ok = True
        if check_left and i > 0 and text[i - 1].isalnum():
            ok = False
        if check_right and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            hits.append(i)
        start = i + 1
    return hits


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    review = "--review" in sys.argv
    path = args[0] if args else os.path.join(HERE, "pii_sealed12.jsonl")
    errors = []
    ids = set()
    docs = 0
    crlf = 0
    per_cat = {}
    per_kind = {}
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: not UTF-8:", e)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        docs += 1
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"{where}: keys must be exactly id, category, text, pii")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        where = f"line {n} ({did})"
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errors.append(f"{where}: bad id")
        elif m.group(1) != cat:
            errors.append(f"{where}: category {cat!r} does not match id")
        if did in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(did)
        if cat not in CATEGORIES:
            errors.append(f"{where}: bad category {cat!r}")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty or non-string text")
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text):
                errors.append(f"{where}: mixed CRLF and LF line ends")
        per_cat[cat] = per_cat.get(cat, 0) + 1
        if not isinstance(pii, list):
            errors.append(f"{where}: pii is not a list")
            continue
        if cat == "nopii" and pii:
            errors.append(f"{where}: nopii doc has pii labels")
        seen = set()
        for lab in pii:
            if not isinstance(lab, dict) or set(lab) != {"kind", "text"}:
                errors.append(f"{where}: bad label object {lab!r}")
                continue
            kind, span = lab["kind"], lab["text"]
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind!r}")
            if not isinstance(span, str) or not span or span != span.strip():
                errors.append(f"{where}: empty or untrimmed label text {span!r}")
                continue
            if (kind, span) in seen:
                errors.append(f"{where}: duplicate label {kind} {span!r}")
            seen.add((kind, span))
            per_kind[kind] = per_kind.get(kind, 0) + 1
            if span not in text:
                errors.append(f"{where}: label {kind} {span!r} is not a substring")
                continue
            hits = whole_word_hits(text, span)
            if not hits:
                errors.append(f"{where}: label {kind} {span!r} has no whole-word occurrence")
            elif review and len(hits) > 1:
                print(f"REVIEW {where}: {kind} {span!r} occurs {len(hits)}x")
        kinds_by_text = {}
        for k, s in seen:
            kinds_by_text.setdefault(s, set()).add(k)
        for s, ks in kinds_by_text.items():
            if len(ks) > 1:
                errors.append(f"{where}: text {s!r} labeled with several kinds {sorted(ks)}")
    if docs != EXPECTED_DOCS:
        errors.append(f"expected {EXPECTED_DOCS} docs, found {docs}")
    if crlf < MIN_CRLF:
        errors.append(f"expected at least {MIN_CRLF} CRLF docs, found {crlf}")
    if per_cat.get("nopii", 0) < MIN_NOPII:
        errors.append(f"expected at least {MIN_NOPII} nopii docs, found {per_cat.get('nopii', 0)}")
    for e in errors:
        print("ERROR", e)
    print(f"docs={docs} crlf={crlf}")
    print("per category:", dict(sorted(per_cat.items())))
    print("per kind:", dict(sorted(per_kind.items())), "total", sum(per_kind.values()))
    if errors:
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
