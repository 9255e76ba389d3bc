#!/usr/bin/env python3
"""Structural sanity check for tests/data/pii_sealed5.jsonl.

Checks: one valid JSON object per line; exactly 200 documents; unique ids of
the form s5-<category>-NNN matching the category; known categories with 20-25
documents each; known kinds; no duplicate {kind, text} pairs; every label an
exact substring of its text with at least one whole-word occurrence (the same
occurrences whether or not `_` counts as a word character); no whole-word
occurrence of a label lying entirely inside an occurrence of a label of
another kind; nopii documents carry no labels; 25-35% of documents have no
PII; 8-12 documents with CRLF line ends and no mixed line ends; NFC text.

Usage: python3 tests/data/check_sealed5.py [path] [--review]
--review prints every label that occurs more than once, and every occurrence
of short numeric labels, with context, for a human to look over.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

CATEGORIES = ["intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"]
KINDS = ["NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"]
N_DOCS = 200
PER_CAT = (20, 25)
NOPII_SHARE = (0.25, 0.35)
CRLF_RANGE = (8, 12)


def is_word(ch, underscore):
    return ch.isalnum() or (underscore and ch == "_")


def occurrences(text, sub):
    """All start offsets of sub in text (overlapping allowed)."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def whole_word(text, sub, underscore):
    """Start offsets of whole-word occurrences. The boundary check applies only
    at an edge where the span itself starts or ends with a letter or digit."""
    res = []
    for i in occurrences(text, sub):
        j = i + len(sub)
        if sub[0].isalnum() and i > 0 and is_word(text[i - 1], underscore):
            continue
        if sub[-1].isalnum() and j < len(text) and is_word(text[j], underscore):
            continue
        res.append(i)
    return res


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    review = "--review" in sys.argv
    path = Path(args[0]) if args else Path(__file__).with_name("pii_sealed5.jsonl")
    errors = []
    docs = []
    raw = path.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        if not isinstance(d, dict) or set(d) != {"id", "category", "text", "pii"}:
            errors.append(f"line {n}: expected keys id, category, text, pii")
            continue
        docs.append(d)

    if len(docs) != N_DOCS:
        errors.append(f"{len(docs)} documents, expected {N_DOCS}")

    ids = Counter(d["id"] for d in docs)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")

    cats = Counter()
    kinds = Counter()
    nopii = 0
    crlf = 0
    multi = []
    for d in docs:
        did, cat, text, pii = d["id"], d["category"], d["text"], d["pii"]
        if cat not in CATEGORIES:
            errors.append(f"{did}: unknown category {cat!r}")
        m = re.fullmatch(r"s5-([a-z]+)-(\d{3})", str(did))
        if not m or m.group(1) != cat:
            errors.append(f"{did}: id does not match s5-<category>-NNN for {cat}")
        cats[cat] += 1
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{did}: empty text")
            continue
        if unicodedata.normalize("NFC", text) != text:
            errors.append(f"{did}: text is not NFC")
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
                errors.append(f"{did}: mixed line ends")
        elif "\r" in text:
            errors.append(f"{did}: bare CR")
        if not isinstance(pii, list):
            errors.append(f"{did}: pii is not a list")
            continue
        if not pii:
            nopii += 1
        if cat == "nopii" and pii:
            errors.append(f"{did}: nopii document has labels")
        seen = set()
        labels = []
        for p in pii:
            if not isinstance(p, dict) or set(p) != {"kind", "text"}:
                errors.append(f"{did}: bad pii entry {p!r}")
                continue
            k, t = p["kind"], p["text"]
            if k not in KINDS:
                errors.append(f"{did}: unknown kind {k!r}")
            if not isinstance(t, str) or not t or t != t.strip():
                errors.append(f"{did}: empty or padded label {t!r}")
                continue
            if (k, t) in seen:
                errors.append(f"{did}: duplicate pair {k} {t!r}")
            seen.add((k, t))
            kinds[k] += 1
            if t not in text:
                errors.append(f"{did}: {k} {t!r} is not a substring of the text")
                continue
            ww = whole_word(text, t, underscore=False)
            ww_u = whole_word(text, t, underscore=True)
            if not ww:
                errors.append(f"{did}: {k} {t!r} has no whole-word occurrence")
            if ww != ww_u:
                errors.append(f"{did}: {k} {t!r} whole-word occurrences depend on '_' handling")
            labels.append((k, t, ww))
            if len(ww) > 1 or (t.isdigit() and len(t) <= 4):
                multi.append((did, k, t, ww, text))
        # no label occurrence lying entirely inside a label of another kind
        for k, t, ww in labels:
            for k2, t2, _ in labels:
                if k2 == k or t2 == t:
                    continue
                spans = [(s, s + len(t2)) for s in occurrences(text, t2)]
                for s in ww:
                    e = s + len(t)
                    if any(a <= s and e <= b for a, b in spans):
                        errors.append(f"{did}: {k} {t!r} occurs inside {k2} {t2!r}")
                        break

    for c in CATEGORIES:
        if not PER_CAT[0] <= cats[c] <= PER_CAT[1]:
            errors.append(f"category {c}: {cats[c]} documents, expected {PER_CAT[0]}-{PER_CAT[1]}")
    share = nopii / len(docs) if docs else 0
    if not NOPII_SHARE[0] <= share <= NOPII_SHARE[1]:
        errors.append(f"no-PII share {share:.1%} outside {NOPII_SHARE[0]:.0%}-{NOPII_SHARE[1]:.0%}")
    if not CRLF_RANGE[0] <= crlf <= CRLF_RANGE[1]:
        errors.append(f"{crlf} CRLF documents, expected {CRLF_RANGE[0]}-{CRLF_RANGE[1]}")
    for k in KINDS:
        if kinds[k] == 0:
            errors.append(f"kind {k} never labeled")

    if review:
        for did, k, t, ww, text in multi:
            print(f"--- {did} {k} {t!r} x{len(ww)}")
            for s in ww:
                ctx = text[max(0, s - 30): s + len(t) + 30].replace("\r", "\\r").replace("\n", "\\n")
                print(f"      ...{ctx}...")

    print(f"documents: {len(docs)}")
    print("per category: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    print(f"no-PII documents: {nopii} ({share:.1%})")
    print("gold entries per kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
          + f" (total {sum(kinds.values())})")
    print(f"CRLF documents: {crlf}")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
