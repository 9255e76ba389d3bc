#!/usr/bin/env python3
"""Stdlib-only validator for tests/data/pii_sealed15.jsonl."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "pii_sealed15.jsonl")
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s15-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8
MIN_NOPII = 50


def is_word_char(ch):
    return ch.isalnum()


def whole_word_occurrences(text, span):
    """Start offsets of span in text, with boundary checks only at alnum edges."""
    hits = []
    start = 0
    check_left = is_word_char(span[0])
    check_right = is_word_char(span[-1])
    while True:
        i = text.find(span, start)
        if i < 0:
            break
        j = i + len(span)
        ok = True
        if check_left and i > 0 and is_word_char(text[i - 1]):
            ok = False
        if check_right and j < len(text) and is_word_char(text[j]):
            ok = False
        if ok:
            hits.append(i)
        start = i + 1
    return hits


def main():
    errors = []
    docs = []
    with open(PATH, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print(f"FAIL: not UTF-8: {exc}")
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {ln}: blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {ln}: invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            errors.append(f"line {ln}: not an object")
            continue
        docs.append((ln, obj))

    if len(docs) != EXPECTED_DOCS:
        errors.append(f"expected {EXPECTED_DOCS} docs, got {len(docs)}")

    seen_ids = set()
    crlf = 0
    counts = {}
    kind_counts = {}
    numbering = {}
    for ln, d in docs:
        keys = set(d)
        if keys != {"id", "category", "text", "pii"}:
            errors.append(f"line {ln}: unexpected keys {sorted(keys)}")
        did, cat, text, pii = d.get("id"), d.get("category"), d.get("text"), d.get("pii")
        if not isinstance(did, str) or not ID_RE.match(did):
            errors.append(f"line {ln}: bad id {did!r}")
            continue
        if did in seen_ids:
            errors.append(f"{did}: duplicate id")
        seen_ids.add(did)
        m = ID_RE.match(did)
        if cat not in CATEGORIES:
            errors.append(f"{did}: bad category {cat!r}")
        if m.group(1) != cat:
            errors.append(f"{did}: category {cat!r} does not match id")
        numbering.setdefault(m.group(1), []).append(int(m.group(2)))
        counts[cat] = counts.get(cat, 0) + 1
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{did}: empty or non-string text")
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text):
                errors.append(f"{did}: mixed line endings")
        if not isinstance(pii, list):
            errors.append(f"{did}: pii is not a list")
            continue
        if cat == "nopii" and pii:
            errors.append(f"{did}: nopii doc has pii labels")
        pairs = set()
        for k, ent in enumerate(pii):
            if not isinstance(ent, dict) or set(ent) != {"kind", "text"}:
                errors.append(f"{did}: pii[{k}] malformed")
                continue
            kind, span = ent["kind"], ent["text"]
            if kind not in KINDS:
                errors.append(f"{did}: pii[{k}] bad kind {kind!r}")
            if not isinstance(span, str) or not span or span != span.strip():
                errors.append(f"{did}: pii[{k}] empty or padded text {span!r}")
                continue
            if (kind, span) in pairs:
                errors.append(f"{did}: duplicate pair ({kind}, {span!r})")
            pairs.add((kind, span))
            if span not in text:
                errors.append(f"{did}: {kind} {span!r} not a substring")
            elif not whole_word_occurrences(text, span):
                errors.append(f"{did}: {kind} {span!r} has no whole-word occurrence")
            kind_counts[kind] = kind_counts.get(kind, 0) + 1
        spans = {}
        for kind, span in pairs:
            spans.setdefault(span, set()).add(kind)
        for span, ks in spans.items():
            if len(ks) > 1:
                errors.append(f"{did}: {span!r} labeled with several kinds {sorted(ks)}")

    for cat, nums in numbering.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errors.append(f"category {cat}: ids not numbered 001..{len(nums):03d}")
    if crlf < MIN_CRLF:
        errors.append(f"only {crlf} CRLF docs, need >= {MIN_CRLF}")
    if counts.get("nopii", 0) < MIN_NOPII:
        errors.append(f"only {counts.get('nopii', 0)} nopii docs, need >= {MIN_NOPII}")

    print("docs:", len(docs), "crlf:", crlf)
    print("per category:", dict(sorted(counts.items())))
    print("spans per kind:", dict(sorted(kind_counts.items())))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL ({len(errors)} errors)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
