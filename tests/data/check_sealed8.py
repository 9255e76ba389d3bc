#!/usr/bin/env python3
"""Structural checker for tests/data/pii_sealed8.jsonl (stdlib only).

Usage: python3 tests/data/check_sealed8.py [path]
Exits 1 on any failure.
"""
import json
import os
import re
import sys

CATEGORIES = ["intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"]
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s8-([a-z]+)-(\d{3})$")
N_DOCS = 200
CAT_MIN, CAT_MAX = 20, 25
NOPII_MIN, NOPII_MAX = 0.25, 0.35
CRLF_MIN, CRLF_MAX = 8, 12


def is_wordch(c):
    return c.isalnum()


def whole_word_occurrences(text, sub):
    """Start offsets of whole-word occurrences of sub in text.

    The boundary check applies only at an edge of sub that is a letter or digit.
    """
    out = []
    if not sub:
        return out
    check_start = is_wordch(sub[0])
    check_end = is_wordch(sub[-1])
    i = text.find(sub)
    while i != -1:
        j = i + len(sub)
        ok = True
        if check_start and i > 0 and is_wordch(text[i - 1]):
            ok = False
        if check_end and j < len(text) and is_wordch(text[j]):
            ok = False
        if ok:
            out.append(i)
        i = text.find(sub, i + 1)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "pii_sealed8.jsonl")
    errors = []

    def err(msg):
        errors.append(msg)

    with open(path, "rb") as f:
        raw = f.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("FAIL: file is not UTF-8: %s" % e)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]

    docs = []
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            err("line %d: blank line" % ln)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON: %s" % (ln, e))
            continue
        if not isinstance(obj, dict):
            err("line %d: not a JSON object" % ln)
            continue
        docs.append((ln, obj))

    if len(docs) != N_DOCS:
        err("expected %d documents, found %d" % (N_DOCS, len(docs)))

    seen_ids = set()
    per_cat = {c: [] for c in CATEGORIES}
    kind_counts = {k: 0 for k in sorted(KINDS)}
    n_nopii = 0
    n_crlf = 0

    for ln, obj in docs:
        where = "line %d" % ln
        keys = set(obj.keys())
        if keys != {"id", "category", "text", "pii"}:
            err("%s: keys must be id, category, text, pii (got %s)" % (where, sorted(keys)))
        did = obj.get("id")
        cat = obj.get("category")
        text = obj.get("text")
        pii = obj.get("pii")
        if not isinstance(did, str):
            err("%s: id is not a string" % where)
            continue
        where = "%s (%s)" % (where, did)
        if did in seen_ids:
            err("%s: duplicate id" % where)
        seen_ids.add(did)
        if cat not in CATEGORIES:
            err("%s: unknown category %r" % (where, cat))
        m = ID_RE.match(did)
        if not m:
            err("%s: id does not match s8-<category>-NNN" % where)
        else:
            if m.group(1) != cat:
                err("%s: id category %r != category %r" % (where, m.group(1), cat))
            if cat in per_cat:
                per_cat[cat].append(int(m.group(2)))
        if not isinstance(text, str) or not text:
            err("%s: text must be a non-empty string" % where)
            continue
        # line ends
        if "\r\n" in text:
            n_crlf += 1
            bare_lf = text.count("\n") - text.count("\r\n")
            if bare_lf:
                err("%s: mixes CRLF with %d bare LF" % (where, bare_lf))
        if re.search(r"\r(?!\n)", text):
            err("%s: contains a bare CR" % where)
        if not isinstance(pii, list):
            err("%s: pii must be a list" % where)
            continue
        if not pii:
            n_nopii += 1
        pairs = set()
        labels = []
        for e in pii:
            if not isinstance(e, dict) or set(e.keys()) != {"kind", "text"}:
                err("%s: pii entry must be {kind, text}: %r" % (where, e))
                continue
            k, t = e["kind"], e["text"]
            if k not in KINDS:
                err("%s: unknown kind %r" % (where, k))
                continue
            if not isinstance(t, str) or not t:
                err("%s: empty label text for %s" % (where, k))
                continue
            if t != t.strip():
                err("%s: label %r has leading/trailing whitespace" % (where, t))
            if (k, t) in pairs:
                err("%s: duplicate pair %s %r" % (where, k, t))
                continue
            pairs.add((k, t))
            kind_counts[k] += 1
            labels.append((k, t))
        # substring + whole-word checks
        gold = []  # (start, end, kind)
        occ = {}
        for k, t in labels:
            if t not in text:
                err("%s: %s label %r is not a substring of text" % (where, k, t))
                continue
            starts = whole_word_occurrences(text, t)
            if not starts:
                err("%s: %s label %r has no whole-word occurrence" % (where, k, t))
                continue
            occ[(k, t)] = starts
            for s in starts:
                gold.append((s, s + len(t), k))
        for (k, t), starts in occ.items():
            for s in starts:
                e_ = s + len(t)
                for gs, ge, gk in gold:
                    if gk != k and gs <= s and e_ <= ge:
                        err("%s: %s label %r at %d lies inside a %s gold span %r"
                            % (where, k, t, s, gk, text[gs:ge]))
                        break

    for c in CATEGORIES:
        nums = sorted(per_cat[c])
        n = len(nums)
        if not (CAT_MIN <= n <= CAT_MAX):
            err("category %s has %d documents (want %d-%d)" % (c, n, CAT_MIN, CAT_MAX))
        if nums != list(range(1, n + 1)):
            err("category %s ids are not numbered 001..%03d contiguously" % (c, n))

    total = len(docs)
    share = (n_nopii / total) if total else 0.0
    if not (NOPII_MIN <= share <= NOPII_MAX):
        err("no-PII share %.1f%% (%d/%d) outside %d-%d%%"
            % (100 * share, n_nopii, total, NOPII_MIN * 100, NOPII_MAX * 100))
    if not (CRLF_MIN <= n_crlf <= CRLF_MAX):
        err("CRLF documents: %d (want %d-%d)" % (n_crlf, CRLF_MIN, CRLF_MAX))

    print("file: %s" % path)
    print("documents: %d" % total)
    print("per category: " + ", ".join("%s=%d" % (c, len(per_cat[c])) for c in CATEGORIES))
    print("per kind: " + ", ".join("%s=%d" % (k, kind_counts[k]) for k in sorted(kind_counts)))
    print("no-PII documents: %d (%.1f%%)" % (n_nopii, 100 * share))
    print("CRLF documents: %d" % n_crlf)
    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("FAILED with %d error(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
