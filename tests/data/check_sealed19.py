#!/usr/bin/env python3
"""Stdlib-only sanity checker for pii_sealed19.jsonl (written blind to the detector)."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "pii_sealed19.jsonl")
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s19-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8


def whole_word_hits(text, span):
    """Start offsets of occurrences of span that respect word boundaries.
    The boundary is only checked at an edge where span starts/ends with a letter or digit."""
    hits = []
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return hits
        j = i + len(span)
        ok = True
        if span[0].isalnum() and i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            ok = False
        if span[-1].isalnum() and j < len(text) and (text[j].isalnum() or text[j] == "_"):
            ok = False
        if ok:
            hits.append(i)
        start = i + 1


def main(verbose=False):
    errors = []
    warnings = []
    ids = set()
    cats = Counter()
    kinds = Counter()
    crlf = 0
    with open(PATH, "rb") as fh:
        raw = fh.read()
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError as e:
        print("FAIL: not UTF-8:", e)
        return 1
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"{where}: keys must be exactly id, category, text, pii")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        where = f"line {n} ({did})"
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errors.append(f"{where}: bad id")
        elif m.group(1) != cat:
            errors.append(f"{where}: id category != category {cat!r}")
        if did in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(did)
        if cat not in CATEGORIES:
            errors.append(f"{where}: bad category {cat!r}")
        cats[cat] += 1
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text):
                warnings.append(f"{where}: mixed LF and CRLF")
        if not isinstance(pii, list):
            errors.append(f"{where}: pii must be a list")
            continue
        if cat == "nopii" and pii:
            errors.append(f"{where}: nopii document has labels")
        seen = set()
        for lab in pii:
            if not isinstance(lab, dict) or set(lab) != {"kind", "text"}:
                errors.append(f"{where}: label must have exactly kind and text")
                continue
            k, t = lab["kind"], lab["text"]
            if k not in KINDS:
                errors.append(f"{where}: bad kind {k!r}")
            if not isinstance(t, str) or not t or t != t.strip():
                errors.append(f"{where}: empty or padded label text {t!r}")
                continue
            if (k, t) in seen:
                errors.append(f"{where}: duplicate label ({k}, {t!r})")
            seen.add((k, t))
            kinds[k] += 1
            if t not in text:
                errors.append(f"{where}: label {t!r} not a substring")
                continue
            hits = whole_word_hits(text, t)
            if not hits:
                errors.append(f"{where}: label {t!r} has no whole-word occurrence")
            elif len(hits) > 1:
                warnings.append(f"{where}: {k} {t!r} occurs {len(hits)}x (all must be PII)")
        texts = [lab.get("text") for lab in pii if isinstance(lab, dict)]
        if len(set(texts)) != len(texts):
            errors.append(f"{where}: same text labeled with two kinds")
    if len(lines) != EXPECTED_DOCS:
        errors.append(f"expected {EXPECTED_DOCS} docs, found {len(lines)}")
    for cat in CATEGORIES:
        if cats[cat] == 0:
            errors.append(f"no documents in category {cat}")
        nums = sorted(int(ID_RE.match(i).group(2)) for i in ids if ID_RE.match(i) and ID_RE.match(i).group(1) == cat)
        if nums != list(range(1, len(nums) + 1)):
            errors.append(f"{cat}: ids are not numbered 001..{len(nums):03d}")
    if cats["nopii"] < 50:
        errors.append(f"need at least 50 nopii docs, found {cats['nopii']}")
    if crlf < MIN_CRLF:
        errors.append(f"need at least {MIN_CRLF} CRLF docs, found {crlf}")
    if verbose:
        for w in warnings:
            print("note:", w)
    print("docs:", len(lines), "crlf:", crlf)
    print("categories:", dict(sorted(cats.items())))
    print("labels by kind:", dict(sorted(kinds.items())))
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv))
