#!/usr/bin/env python3
"""Stdlib-only checker for tests/data/pii_sealed18.jsonl."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "pii_sealed18.jsonl")
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv",
              "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL",
         "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s18-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8
MIN_NOPII = 50


def whole_word_hits(text, span):
    """Start offsets of occurrences of span that pass the boundary rule.

    The boundary is only checked at an edge where the span itself begins or
    ends with a letter or digit."""
    hits = []
    start = 0
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
    errors = []
    warnings = []
    with open(PATH, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        print("not UTF-8:", exc)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    ids = set()
    per_cat = Counter()
    per_kind = Counter()
    crlf = 0
    nopii = 0
    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append("%s: invalid JSON: %s" % (where, exc))
            continue
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append("%s: keys must be id, category, text, pii" % where)
            continue
        did = doc["id"]
        where = "%s (%s)" % (where, did)
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errors.append("%s: bad id" % where)
        elif m.group(1) != doc["category"]:
            errors.append("%s: category %r does not match id" % (where, doc["category"]))
        if did in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(did)
        cat = doc["category"]
        if cat not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, cat))
        per_cat[cat] += 1
        text = doc["text"]
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
            continue
        if "\r\n" in text:
            crlf += 1
            if re.search(r"(?<!\r)\n", text):
                errors.append("%s: mixed line endings" % where)
        pii = doc["pii"]
        if not isinstance(pii, list):
            errors.append("%s: pii must be a list" % where)
            continue
        if cat == "nopii":
            nopii += 1
            if pii:
                errors.append("%s: nopii doc has labels" % where)
        seen = set()
        for lab in pii:
            if not isinstance(lab, dict) or set(lab) != {"kind", "text"}:
                errors.append("%s: label must have kind and text only: %r" % (where, lab))
                continue
            kind, span = lab["kind"], lab["text"]
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (where, kind))
            if not isinstance(span, str) or not span:
                errors.append("%s: empty label text" % where)
                continue
            if span != span.strip():
                errors.append("%s: label has outer whitespace: %r" % (where, span))
            if (kind, span) in seen:
                errors.append("%s: duplicate label %s %r" % (where, kind, span))
            seen.add((kind, span))
            per_kind[kind] += 1
            if span not in text:
                errors.append("%s: label not in text: %s %r" % (where, kind, span))
                continue
            hits = whole_word_hits(text, span)
            if not hits:
                errors.append("%s: no whole-word occurrence: %s %r" % (where, kind, span))
            elif len(hits) > 1 and len(span) <= 3:
                warnings.append("%s: short label %r occurs %d times, check each is PII"
                                % (where, span, len(hits)))
        kinds_by_text = {}
        for kind, span in seen:
            kinds_by_text.setdefault(span, set()).add(kind)
        for span, ks in kinds_by_text.items():
            if len(ks) > 1:
                errors.append("%s: %r labeled with several kinds %s" % (where, span, sorted(ks)))
    if len(lines) != EXPECTED_DOCS:
        errors.append("expected %d docs, found %d" % (EXPECTED_DOCS, len(lines)))
    if crlf < MIN_CRLF:
        errors.append("only %d CRLF docs, need >= %d" % (crlf, MIN_CRLF))
    if nopii < MIN_NOPII:
        errors.append("only %d nopii docs, need >= %d" % (nopii, MIN_NOPII))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("docs=%d crlf=%d categories=%s" % (len(lines), crlf, dict(sorted(per_cat.items()))))
    print("spans per kind:", dict(sorted(per_kind.items())), "total", sum(per_kind.values()))
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
