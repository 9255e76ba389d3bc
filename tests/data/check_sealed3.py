#!/usr/bin/env python3
"""Sanity checks for tests/data/pii_sealed3.jsonl (sealed blind PII test set)."""
import json, sys, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_sealed3.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}


def whole_word_spans(text, sub):
    """Occurrences of sub; boundary check only at alnum edges (README rule)."""
    out, i = [], 0
    while True:
        j = text.find(sub, i)
        if j < 0:
            return out
        k = j + len(sub)
        ok = True
        if sub[0].isalnum() and j > 0 and text[j - 1].isalnum():
            ok = False
        if sub[-1].isalnum() and k < len(text) and text[k].isalnum():
            ok = False
        if ok:
            out.append((j, k))
        i = j + 1


def main():
    errs, warns = [], []
    raw = open(PATH, "rb").read().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 200:
        errs.append(f"expected 200 lines, got {len(lines)}")
    ids = Counter()
    cats = Counter()
    kinds = Counter()
    empty = crlf = 0
    for n, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: invalid JSON: {e}")
            continue
        did, cat, text, pii = doc.get("id"), doc.get("category"), doc.get("text"), doc.get("pii")
        ids[did] += 1
        cats[cat] += 1
        if cat not in CATS:
            errs.append(f"{did}: bad category {cat}")
        if not (isinstance(did, str) and did.startswith(f"s3-{cat}-") and did[-3:].isdigit()):
            errs.append(f"{did}: bad id format")
        if not isinstance(text, str) or not isinstance(pii, list):
            errs.append(f"{did}: bad text/pii types")
            continue
        if "\r\n" in text:
            crlf += 1
        if not pii:
            empty += 1
        if cat == "nopii" and pii:
            errs.append(f"{did}: nopii doc has labels")
        pairs = Counter((p.get("kind"), p.get("text")) for p in pii)
        for pr, c in pairs.items():
            if c > 1:
                errs.append(f"{did}: duplicate pair {pr}")
        spans = []
        for p in pii:
            k, t = p.get("kind"), p.get("text")
            kinds[k] += 1
            if k not in KINDS:
                errs.append(f"{did}: bad kind {k}")
            if not t or t not in text:
                errs.append(f"{did}: label not a substring: {t!r}")
                continue
            occ = whole_word_spans(text, t)
            if not occ:
                errs.append(f"{did}: no whole-word occurrence of {t!r}")
            if t != t.strip():
                errs.append(f"{did}: label has outer whitespace {t!r}")
            if (k == "AGE" or t.isdigit()) and len(occ) > 1:
                warns.append(f"{did}: {k} {t!r} occurs {len(occ)}x - verify all are PII")
            spans.extend((s, e, k, t) for s, e in occ)
        for s1, e1, k1, t1 in spans:
            for s2, e2, k2, t2 in spans:
                if k1 != k2 and s2 <= s1 and e1 <= e2 and (s1, e1) != (s2, e2):
                    errs.append(f"{did}: {k1} {t1!r} lies inside {k2} {t2!r}")
    for i, c in ids.items():
        if c > 1:
            errs.append(f"duplicate id {i}")
    if empty < 50:
        errs.append(f"only {empty} docs with empty pii (need >= 50)")
    if not (8 <= crlf <= 12):
        errs.append(f"{crlf} CRLF docs (want about 10)")
    print("docs per category:", dict(sorted(cats.items())))
    print("gold spans per kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("empty pii:", empty, " CRLF docs:", crlf)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
