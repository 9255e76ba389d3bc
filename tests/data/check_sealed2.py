#!/usr/bin/env python3
"""Sanity checks for tests/data/pii_sealed2.jsonl (sealed blind test set).

Usage: python3 tests/data/check_sealed2.py [-v]
Exits non-zero on any hard failure. With -v, also lists labels that occur
more than once in their document (for manual review).
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "pii_sealed2.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}


def occurrences(text, span):
    """Whole-word occurrences; boundary checked only at alnum edges."""
    res, i = [], text.find(span)
    while i != -1:
        j = i + len(span)
        ok = True
        if span[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if span[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            res.append((i, j))
        i = text.find(span, i + 1)
    return res


def main():
    verbose = "-v" in sys.argv
    errors = []
    with open(PATH, "rb") as f:
        raw = f.read()
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 200:
        errors.append(f"expected 200 lines, got {len(lines)}")
    ids, empty, crlf = set(), 0, 0
    kinds, cats = Counter(), Counter()
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad JSON {e}")
            continue
        did = d.get("id")
        if set(d) != {"id", "category", "text", "pii"}:
            errors.append(f"{did}: unexpected keys {sorted(d)}")
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        cat = d.get("category")
        if cat not in CATS:
            errors.append(f"{did}: bad category {cat}")
        if not re.fullmatch(r"s2-%s-\d{3}" % re.escape(str(cat)), str(did)):
            errors.append(f"{did}: id does not match s2-<category>-NNN")
        cats[cat] += 1
        text = d["text"]
        if "\r\n" in text:
            crlf += 1
        if not d["pii"]:
            empty += 1
        seen = set()
        spans = []
        for p in d["pii"]:
            k, t = p.get("kind"), p.get("text")
            if k not in KINDS:
                errors.append(f"{did}: bad kind {k}")
            if not t or t != t.strip():
                errors.append(f"{did}: empty or padded label {t!r}")
            if (k, t) in seen:
                errors.append(f"{did}: duplicate pair {(k, t)}")
            seen.add((k, t))
            kinds[k] += 1
            if t not in text:
                errors.append(f"{did}: {k} {t!r} not a substring")
                continue
            occ = occurrences(text, t)
            if not occ:
                errors.append(f"{did}: {k} {t!r} has no whole-word occurrence")
            if verbose and len(occ) > 1:
                print(f"  review {did}: {k} {t!r} occurs {len(occ)}x")
            spans += [(a, b, k, t) for a, b in occ]
        # no labeled span may sit inside (or overlap) a span of another kind
        for a1, b1, k1, t1 in spans:
            for a2, b2, k2, t2 in spans:
                if k1 != k2 and a1 < b2 and a2 < b1:
                    errors.append(f"{did}: {k1} {t1!r} overlaps {k2} {t2!r}")
    if empty < 50:
        errors.append(f"only {empty} documents with empty pii (need >= 50)")
    if not 8 <= crlf <= 12:
        errors.append(f"{crlf} CRLF documents (want about 10)")
    print(f"docs={len(lines)} empty_pii={empty} crlf={crlf}")
    print("categories:", dict(sorted(cats.items())))
    print("spans by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
