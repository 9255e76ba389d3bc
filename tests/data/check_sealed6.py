#!/usr/bin/env python3
"""Structural sanity check for tests/data/pii_sealed6.jsonl.

Run:  python3 tests/data/check_sealed6.py [path]
Exits non-zero if any check fails. It checks structure only (not whether the
labels are right): valid JSON per line, 200 documents, unique ids of the form
s6-<category>-NNN, known categories (20-25 each), known kinds, no duplicate
{kind,text} pairs, every label an exact substring with at least one whole-word
occurrence, no label occurring entirely inside a label of another kind in the
same document, a 25-35% share of documents without PII, and about ten CRLF
documents (8-12) whose line ends are all CRLF.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"]
KINDS = ["NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"]
ID_RE = re.compile(r"^s6-([a-z]+)-(\d{3})$")


def is_word_char(c):
    return c.isalnum() or c == "_"


def whole_word_occurrences(text, s):
    """Occurrences of s in text; the boundary check applies only at edges of s
    that are a letter or digit (as the evaluator does)."""
    out = []
    i = text.find(s)
    while i >= 0:
        j = i + len(s)
        ok = True
        if is_word_char(s[0]) and i > 0 and is_word_char(text[i - 1]):
            ok = False
        if is_word_char(s[-1]) and j < len(text) and is_word_char(text[j]):
            ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_sealed6.jsonl")
    errors = []
    docs = []
    raw = path.read_bytes()
    if not raw.endswith(b"\n"):
        errors.append("file does not end with a newline")
    for n, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            docs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")

    if len(docs) != 200:
        errors.append(f"expected 200 documents, found {len(docs)}")

    ids = Counter(d.get("id") for d in docs)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")

    per_cat = Counter()
    per_kind = Counter()
    no_pii = 0
    crlf = 0
    for d in docs:
        did = d.get("id", "?")
        if set(d) != {"id", "category", "text", "pii"}:
            errors.append(f"{did}: keys are {sorted(d)}")
            continue
        m = ID_RE.match(did)
        cat = d["category"]
        if cat not in CATEGORIES:
            errors.append(f"{did}: unknown category {cat!r}")
        if not m or m.group(1) != cat:
            errors.append(f"{did}: id does not match s6-<category>-NNN")
        per_cat[cat] += 1
        text = d["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{did}: empty text")
            continue
        if "\r\n" in text:
            crlf += 1
            if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
                errors.append(f"{did}: mixes CRLF and bare line ends")
        if "[[" in text or "]]" in text:
            errors.append(f"{did}: leftover markup")
        pii = d["pii"]
        if not isinstance(pii, list):
            errors.append(f"{did}: pii is not a list")
            continue
        if not pii:
            no_pii += 1
        pairs = Counter()
        for p in pii:
            if not isinstance(p, dict) or set(p) != {"kind", "text"}:
                errors.append(f"{did}: bad pii entry {p!r}")
                continue
            if p["kind"] not in KINDS:
                errors.append(f"{did}: unknown kind {p['kind']!r}")
            if not p["text"] or p["text"] != p["text"].strip():
                errors.append(f"{did}: empty or untrimmed label {p['text']!r}")
            pairs[(p["kind"], p["text"])] += 1
            per_kind[p["kind"]] += 1
        for pair, c in pairs.items():
            if c > 1:
                errors.append(f"{did}: duplicate pair {pair}")
        occ = {}
        for kind, s in pairs:
            if s not in text:
                errors.append(f"{did}: {kind} label {s!r} is not a substring of the text")
                continue
            occ[(kind, s)] = whole_word_occurrences(text, s)
            if not occ[(kind, s)]:
                errors.append(f"{did}: {kind} label {s!r} has no whole-word occurrence")
        # no label occurring entirely inside a label of another kind
        for (ka, sa), oa in occ.items():
            for (kb, sb), ob in occ.items():
                if ka == kb or sa == sb:
                    continue
                for i, j in oa:
                    if any(a <= i and j <= b for a, b in ob):
                        errors.append(f"{did}: {ka} {sa!r} occurs inside {kb} {sb!r}")
                        break
        # the same string must not carry two kinds
        texts = Counter(s for _, s in pairs)
        for s, c in texts.items():
            if c > 1:
                errors.append(f"{did}: {s!r} is labeled with more than one kind")

    for cat in CATEGORIES:
        if not 20 <= per_cat[cat] <= 25:
            errors.append(f"category {cat}: {per_cat[cat]} documents (want 20-25)")
    share = no_pii / len(docs) if docs else 0
    if not 0.25 <= share <= 0.35:
        errors.append(f"no-PII share {share:.1%} outside 25-35%")
    if not 8 <= crlf <= 12:
        errors.append(f"{crlf} CRLF documents (want about 10)")
    for k in KINDS:
        if per_kind[k] == 0:
            errors.append(f"kind {k} never used")

    print("documents:", len(docs))
    print("per category:", ", ".join(f"{c} {per_cat[c]}" for c in CATEGORIES))
    print(f"no-PII documents: {no_pii} ({share:.1%})")
    print("gold entries per kind:", ", ".join(f"{k} {per_kind[k]}" for k in KINDS),
          f"(total {sum(per_kind.values())})")
    print("CRLF documents:", crlf)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
