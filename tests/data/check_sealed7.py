#!/usr/bin/env python3
"""Structural sanity check for tests/data/pii_sealed7.jsonl.

Checks: valid JSON per line; exactly 200 documents; unique ids of the form
s7-<category>-NNN matching the category field; known categories with 20-25
documents each; pii is a list of {kind, text} with known kinds and no duplicate
pairs; every label is an exact substring with at least one whole-word occurrence
(the boundary check applies only at edges that are letters or digits); no
whole-word occurrence of a label lies entirely inside a gold occurrence of a label
of another kind in the same document; the share of no-PII documents is 25-35%;
the number of CRLF documents is 8-12 and no document mixes CRLF and bare LF.

Usage: python3 tests/data/check_sealed7.py [path]   (exit status 1 on failure)
"""
import json
import os
import re
import sys
from collections import Counter

CATEGORIES = ["intake", "followup", "vispdat", "dv", "youth", "hiv", "housing",
              "ticket", "nopii"]
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
N_DOCS = 200
PER_CAT = (20, 25)
NOPII_SHARE = (0.25, 0.35)
CRLF_RANGE = (8, 12)


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, needle):
    """Start/end offsets of every whole-word occurrence of needle in text."""
    spans = []
    if not needle:
        return spans
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            break
        j = i + len(needle)
        ok = True
        if is_word(needle[0]) and i > 0 and is_word(text[i - 1]):
            ok = False
        if is_word(needle[-1]) and j < len(text) and is_word(text[j]):
            ok = False
        if ok:
            spans.append((i, j))
        start = i + 1
    return spans


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "pii_sealed7.jsonl")
    errors = []
    docs = []
    with open(path, "rb") as f:
        raw = f.read()
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError as e:
        print("FAIL: not UTF-8:", e)
        return 1
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("line %d: invalid JSON: %s" % (n, e))
            continue
        if not isinstance(obj, dict) or set(obj) != {"id", "category", "text", "pii"}:
            errors.append("line %d: expected keys id, category, text, pii" % n)
            continue
        docs.append(obj)

    if len(docs) != N_DOCS:
        errors.append("expected %d documents, found %d" % (N_DOCS, len(docs)))

    ids = Counter(d["id"] for d in docs)
    for i, k in ids.items():
        if k > 1:
            errors.append("duplicate id %s" % i)

    cats = Counter()
    kinds = Counter()
    nopii = 0
    crlf = 0
    for d in docs:
        did, cat, text, pii = d["id"], d["category"], d["text"], d["pii"]
        if cat not in CATEGORIES:
            errors.append("%s: unknown category %r" % (did, cat))
        m = re.fullmatch(r"s7-([a-z]+)-(\d{3})", did)
        if not m or m.group(1) != cat:
            errors.append("%s: id does not match s7-<category>-NNN" % did)
        cats[cat] += 1
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % did)
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
                errors.append("%s: mixes CRLF with bare LF/CR" % did)
        elif "\r" in text:
            errors.append("%s: stray CR" % did)
        if not isinstance(pii, list):
            errors.append("%s: pii is not a list" % did)
            continue
        if not pii:
            nopii += 1
        seen = set()
        gold = []  # (kind, label, spans)
        for e in pii:
            if not isinstance(e, dict) or set(e) != {"kind", "text"}:
                errors.append("%s: bad pii entry %r" % (did, e))
                continue
            k, t = e["kind"], e["text"]
            if k not in KINDS:
                errors.append("%s: unknown kind %r" % (did, k))
            if not isinstance(t, str) or not t or t != t.strip():
                errors.append("%s: empty or padded label %r" % (did, t))
                continue
            if (k, t) in seen:
                errors.append("%s: duplicate pair %s %r" % (did, k, t))
            seen.add((k, t))
            kinds[k] += 1
            if t not in text:
                errors.append("%s: %s %r is not a substring of the text" % (did, k, t))
                continue
            spans = occurrences(text, t)
            if not spans:
                errors.append("%s: %s %r has no whole-word occurrence" % (did, k, t))
            gold.append((k, t, spans))
        for ka, ta, sa in gold:
            for kb, tb, sb in gold:
                if ka == kb:
                    continue
                for (i, j) in sa:
                    for (x, y) in sb:
                        if x <= i and j <= y:
                            errors.append("%s: %s %r lies inside %s %r" % (did, ka, ta, kb, tb))

    for c in CATEGORIES:
        if not PER_CAT[0] <= cats[c] <= PER_CAT[1]:
            errors.append("category %s has %d documents (want %d-%d)" % (c, cats[c], *PER_CAT))
    share = nopii / max(len(docs), 1)
    if not NOPII_SHARE[0] <= share <= NOPII_SHARE[1]:
        errors.append("no-PII share %.1f%% outside %d-%d%%" % (
            100 * share, 100 * NOPII_SHARE[0], 100 * NOPII_SHARE[1]))
    if not CRLF_RANGE[0] <= crlf <= CRLF_RANGE[1]:
        errors.append("CRLF documents: %d (want %d-%d)" % (crlf, *CRLF_RANGE))
    for d in docs:
        if d["category"] == "nopii" and d["pii"]:
            errors.append("%s: nopii document has labels" % d["id"])

    print("documents: %d" % len(docs))
    print("per category: " + ", ".join("%s %d" % (c, cats[c]) for c in CATEGORIES))
    print("no-PII documents: %d (%.1f%%)" % (nopii, 100 * share))
    print("CRLF documents: %d" % crlf)
    print("labels per kind: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(KINDS)))
    print("labels total: %d" % sum(kinds.values()))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
