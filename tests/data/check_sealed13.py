#!/usr/bin/env python3
"""Stdlib-only sanity checks for tests/data/pii_sealed13.jsonl.

Usage: python3 check_sealed13.py [path] [-v]
  -v  also list labels that occur as whole words more than once (for review)
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter

CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv",
              "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL",
         "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s13-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8


def whole_word_hits(text, span):
    """Start offsets of occurrences of span that are whole words.

    The boundary is checked only at an edge of span that is a letter or digit.
    """
    hits = []
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            break
        j = i + len(span)
        ok = True
        if span[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if span[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            hits.append(i)
        start = i + 1
    return hits


def main(argv):
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             "pii_sealed13.jsonl")
    errors = []
    notes = []
    ids = set()
    per_cat = Counter()
    per_kind = Counter()
    crlf = 0
    ndocs = 0

    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: not UTF-8: {e}")
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    for ln, line in enumerate(lines, 1):
        where = f"line {ln}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        ndocs += 1
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"{where}: keys must be exactly id, category, text, pii")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        where = f"line {ln} ({did})"
        if not isinstance(did, str) or not ID_RE.match(did):
            errors.append(f"{where}: bad id")
        else:
            m = ID_RE.match(did)
            if m.group(1) != cat:
                errors.append(f"{where}: id category {m.group(1)!r} != category {cat!r}")
        if did in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(did)
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        per_cat[cat] += 1
        if not isinstance(text, str) or not text:
            errors.append(f"{where}: text must be a non-empty string")
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text):
                errors.append(f"{where}: mixes CRLF and bare LF")
        if not isinstance(pii, list):
            errors.append(f"{where}: pii must be a list")
            continue
        if cat == "nopii" and pii:
            errors.append(f"{where}: nopii document has labels")
        seen = set()
        for k, lab in enumerate(pii):
            if not isinstance(lab, dict) or set(lab) != {"kind", "text"}:
                errors.append(f"{where}: pii[{k}] must have exactly kind, text")
                continue
            kind, span = lab["kind"], lab["text"]
            if kind not in KINDS:
                errors.append(f"{where}: pii[{k}] unknown kind {kind!r}")
            if not isinstance(span, str) or not span:
                errors.append(f"{where}: pii[{k}] empty text")
                continue
            if span != span.strip():
                errors.append(f"{where}: pii[{k}] {span!r} has surrounding whitespace")
            if (kind, span) in seen:
                errors.append(f"{where}: duplicate label ({kind}, {span!r})")
            seen.add((kind, span))
            per_kind[kind] += 1
            if span not in text:
                errors.append(f"{where}: pii[{k}] {span!r} is not a substring of text")
                continue
            hits = whole_word_hits(text, span)
            if not hits:
                errors.append(f"{where}: pii[{k}] {span!r} has no whole-word occurrence")
            elif len(hits) > 1:
                notes.append(f"{where}: {kind} {span!r} occurs {len(hits)}x as a whole word")
        # the same span under two kinds would make gold contradictory
        spans = Counter(t for _, t in seen)
        for t, c in spans.items():
            if c > 1:
                errors.append(f"{where}: span {t!r} labeled with {c} different kinds")

    if ndocs != EXPECTED_DOCS:
        errors.append(f"expected {EXPECTED_DOCS} documents, found {ndocs}")
    if crlf < MIN_CRLF:
        errors.append(f"expected at least {MIN_CRLF} CRLF documents, found {crlf}")
    for cat in sorted(CATEGORIES):
        if per_cat[cat] == 0:
            errors.append(f"category {cat} has no documents")
    if per_cat["nopii"] < 50:
        errors.append(f"expected at least 50 nopii documents, found {per_cat['nopii']}")
    # numbering within each category runs 001..N with no gaps
    for cat in CATEGORIES:
        nums = sorted(int(ID_RE.match(i).group(2)) for i in ids
                      if ID_RE.match(i) and ID_RE.match(i).group(1) == cat)
        if nums and nums != list(range(1, len(nums) + 1)):
            errors.append(f"category {cat}: ids are not numbered 001..{len(nums):03d}")

    print(f"documents: {ndocs}, CRLF documents: {crlf}")
    print("per category: " + ", ".join(f"{c}={per_cat[c]}" for c in sorted(per_cat)))
    print("spans per kind: " + ", ".join(f"{k}={per_kind[k]}" for k in sorted(per_kind)))
    print(f"total spans: {sum(per_kind.values())}")
    if verbose:
        for n in notes:
            print("note:", n)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL ({len(errors)} errors)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
