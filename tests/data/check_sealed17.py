#!/usr/bin/env python3
"""Validate tests/data/pii_sealed17.jsonl (stdlib only)."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_sealed17.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s17-([a-z]+)-(\d{3})$")


def whole_word_hits(text, span):
    hits, start = [], 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return hits
        j = i + len(span)
        ok = True
        if span[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if span[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            hits.append(i)
        start = i + 1


def main():
    errs = []
    ids = set()
    crlf = 0
    n = 0
    with open(PATH, "rb") as f:
        raw = f.read()
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad JSON: {e}")
            continue
        n += 1
        if set(doc) != {"id", "category", "text", "pii"}:
            errs.append(f"line {ln}: keys {sorted(doc)}")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        m = ID_RE.match(did if isinstance(did, str) else "")
        if not m:
            errs.append(f"line {ln}: bad id {did!r}")
        elif m.group(1) != cat:
            errs.append(f"{did}: category {cat!r} does not match id")
        if did in ids:
            errs.append(f"{did}: duplicate id")
        ids.add(did)
        if cat not in CATS:
            errs.append(f"{did}: unknown category {cat!r}")
        if not isinstance(text, str) or not text:
            errs.append(f"{did}: empty text")
            continue
        if "\r\n" in text:
            crlf += 1
        if not isinstance(pii, list):
            errs.append(f"{did}: pii not a list")
            continue
        if cat == "nopii" and pii:
            errs.append(f"{did}: nopii doc has labels")
        seen = set()
        for p in pii:
            if not isinstance(p, dict) or set(p) != {"kind", "text"}:
                errs.append(f"{did}: bad label {p!r}")
                continue
            k, t = p["kind"], p["text"]
            if k not in KINDS:
                errs.append(f"{did}: bad kind {k!r}")
            if not isinstance(t, str) or not t or t != t.strip():
                errs.append(f"{did}: bad label text {t!r}")
                continue
            if (k, t) in seen:
                errs.append(f"{did}: duplicate label {(k, t)}")
            seen.add((k, t))
            if t not in text:
                errs.append(f"{did}: label {t!r} not a substring")
            elif not whole_word_hits(text, t):
                errs.append(f"{did}: label {t!r} has no whole-word occurrence")
    if n != 200:
        errs.append(f"expected 200 docs, got {n}")
    if crlf < 8:
        errs.append(f"only {crlf} CRLF docs (need >= 8)")
    # per-number counts for the id scheme: 001..N contiguous within each category
    bycat = {}
    for did in ids:
        m = ID_RE.match(did)
        if m:
            bycat.setdefault(m.group(1), []).append(int(m.group(2)))
    for c, nums in bycat.items():
        if sorted(nums) != list(range(1, len(nums) + 1)):
            errs.append(f"category {c}: ids not numbered 001..{len(nums):03d}")
    for e in errs:
        print("ERROR:", e)
    print(f"{n} docs, {crlf} CRLF, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
