#!/usr/bin/env python3
"""Sanity checks for tests/data/pii_fresh.jsonl (structure and label consistency).

Usage: python3 tests/data/check_fresh.py [-v]
-v also lists labels that occur more than once and whole-word hits that fall
inside a span of another label, for manual review.
"""
import json, sys, re
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("pii_fresh.jsonl")
CATS = {"intake","followup","vispdat","dv","youth","hiv","housing","ticket","nopii"}
KINDS = {"NAME","SSN","DOB","AGE","ADDRESS","PHONE","EMAIL","HEALTH","ID","URL"}
verbose = "-v" in sys.argv

def isw(c): return c.isalnum() or c == "_"

def occurrences(text, s):
    out = []; i = text.find(s)
    while i != -1:
        j = i + len(s)
        ok = True
        if isw(s[0]) and i > 0 and isw(text[i-1]): ok = False
        if isw(s[-1]) and j < len(text) and isw(text[j]): ok = False
        if ok: out.append((i, j))
        i = text.find(s, i + 1)
    return out

errors = []
lines = PATH.read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "": lines = lines[:-1]
if len(lines) != 200: errors.append(f"expected 200 lines, got {len(lines)}")
ids = set(); empty = 0; crlf = 0; cats = Counter(); kinds = Counter()
for n, line in enumerate(lines, 1):
    try: d = json.loads(line)
    except Exception as e: errors.append(f"line {n}: bad JSON {e}"); continue
    i, c, t, p = d.get("id"), d.get("category"), d.get("text"), d.get("pii")
    if i in ids: errors.append(f"dup id {i}")
    ids.add(i)
    if c not in CATS: errors.append(f"{i}: bad category {c}")
    if not re.fullmatch(r"fr-%s-\d{3}" % re.escape(str(c)), str(i)): errors.append(f"{i}: bad id form")
    cats[c] += 1
    if "\r\n" in t: crlf += 1
    if not p: empty += 1
    if c == "nopii" and p: errors.append(f"{i}: nopii with labels")
    pairs = set(); spans = []
    for e in p:
        k, s = e["kind"], e["text"]
        kinds[k] += 1
        if k not in KINDS: errors.append(f"{i}: bad kind {k}")
        if (k, s) in pairs: errors.append(f"{i}: duplicate pair {k} {s!r}")
        pairs.add((k, s))
        occ = occurrences(t, s)
        if not occ: errors.append(f"{i}: {k} {s!r} has no whole-word occurrence")
        if s != s.strip(): errors.append(f"{i}: {k} {s!r} has outer whitespace")
        if verbose and len(occ) > 1: print(f"  multi {i}: {k} {s!r} x{len(occ)}")
        spans += [(a, b, k, s) for a, b in occ]
    for a, b, k, s in spans:
        for a2, b2, k2, s2 in spans:
            if (a, b) != (a2, b2) and a2 <= a and b <= b2 and k != k2:
                errors.append(f"{i}: {k} {s!r} occurs inside {k2} {s2!r}")
    if len({s for _, s in pairs}) != len(pairs):
        errors.append(f"{i}: same text labeled with two kinds")
if empty < 50: errors.append(f"only {empty} documents without PII")
if not 8 <= crlf <= 14: errors.append(f"{crlf} CRLF documents")
print("categories:", dict(cats))
print("kinds:", dict(kinds), "total", sum(kinds.values()))
print("empty:", empty, "crlf:", crlf)
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
