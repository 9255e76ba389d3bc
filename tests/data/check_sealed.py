#!/usr/bin/env python3
"""Sanity checks for tests/data/pii_sealed.jsonl (sealed blind PII test set).

Checks: line count, JSON validity, id format/uniqueness, categories, kinds,
every pii text is an exact substring with at least one whole-word occurrence,
no duplicate (kind, text) pairs, enough PII-free documents, CRLF count, and
that no occurrence of a label overlaps an occurrence of a label of another kind.
Prints per-category / per-kind counts. Exit status 1 on any error.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("pii_sealed.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}


def occurrences(text, span):
    """Whole-word occurrences; boundary checked only at alnum edges."""
    out = []
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return out
        j = i + len(span)
        ok = True
        if span[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if span[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            out.append((i, j))
        start = i + 1


def main():
    errors = []
    raw = PATH.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 200:
        errors.append(f"expected 200 lines, got {len(lines)}")
    ids = set()
    per_cat = Counter()
    per_kind = Counter()
    empty = crlf = 0
    for n, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        did, cat, text, pii = doc.get("id"), doc.get("category"), doc.get("text"), doc.get("pii")
        if set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"{did}: unexpected keys {sorted(doc)}")
        if cat not in CATS:
            errors.append(f"{did}: bad category {cat}")
        if not re.fullmatch(rf"se-{re.escape(str(cat))}-\d{{3}}", str(did)):
            errors.append(f"line {n}: bad id {did}")
        if did in ids:
            errors.append(f"duplicate id {did}")
        ids.add(did)
        per_cat[cat] += 1
        if not isinstance(text, str) or not isinstance(pii, list):
            errors.append(f"{did}: bad text/pii type")
            continue
        if "\r\n" in text:
            crlf += 1
        if not pii:
            empty += 1
        seen = set()
        spans = []
        for ent in pii:
            kind, span = ent.get("kind"), ent.get("text")
            if kind not in KINDS:
                errors.append(f"{did}: bad kind {kind}")
            if not span or span != span.strip():
                errors.append(f"{did}: empty or padded span {span!r}")
                continue
            if (kind, span) in seen:
                errors.append(f"{did}: duplicate pair {(kind, span)}")
            seen.add((kind, span))
            per_kind[kind] += 1
            occ = occurrences(text, span)
            if span not in text:
                errors.append(f"{did}: {kind} {span!r} not a substring")
            elif not occ:
                errors.append(f"{did}: {kind} {span!r} has no whole-word occurrence")
            spans += [(i, j, kind, span) for i, j in occ]
        for a in spans:
            for b in spans:
                if a[2] != b[2] and a[0] < b[1] and b[0] < a[1]:
                    errors.append(f"{did}: {a[2]} {a[3]!r} overlaps {b[2]} {b[3]!r}")
    if empty < 50:
        errors.append(f"only {empty} documents with empty pii (need >= 50)")
    if not 8 <= crlf <= 14:
        errors.append(f"{crlf} CRLF documents (want about 10)")
    print("documents per category:", dict(sorted(per_cat.items())))
    print("gold spans per kind:", dict(sorted(per_kind.items())), "total", sum(per_kind.values()))
    print("documents without PII:", empty, "| CRLF documents:", crlf)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
