#!/usr/bin/env python3
"""Validate tests/data/pii_sealed11.jsonl (stdlib only).

Checks: valid JSON per line, 200 docs, unique ids of the form
s11-<category>-NNN, category matches id, kinds valid, every label is a
substring with at least one whole-word occurrence (boundary checked only at
alphanumeric edges), no duplicate (kind, text) pairs, >= 8 CRLF documents,
nopii documents have empty pii lists.

Run with --verbose to list labels that occur more than once in their document.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "pii_sealed11.jsonl")
CATEGORIES = {"intake", "followup", "vispdat", "dv", "youth", "hiv",
              "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH",
         "ID", "URL"}
ID_RE = re.compile(r"^s11-([a-z]+)-(\d{3})$")
EXPECTED_DOCS = 200
MIN_CRLF = 8


def whole_word_hits(text, span):
    """Start offsets of occurrences of span that respect word boundaries.

    A boundary is required only where the span itself starts or ends with a
    letter or digit."""
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
    verbose = "--verbose" in sys.argv
    errors = []
    ids = set()
    crlf = 0
    docs = 0
    per_cat = {}
    per_kind = {}
    with open(PATH, "rb") as fh:
        raw = fh.read()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8:", e)
        return 1
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        try:
            doc = json.loads(line)
        except ValueError as e:
            errors.append("%s: invalid JSON: %s" % (where, e))
            continue
        docs += 1
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errors.append("%s: keys must be id, category, text, pii" % where)
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        where = "%s (%s)" % (where, did)
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errors.append("%s: bad id" % where)
        else:
            if m.group(1) != cat:
                errors.append("%s: category %r does not match id" % (where, cat))
            if m.group(2) == "000":
                errors.append("%s: numbering starts at 001" % where)
        if did in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(did)
        if cat not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, cat))
        per_cat[cat] = per_cat.get(cat, 0) + 1
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % where)
            continue
        if "\r\n" in text:
            crlf += 1
        if not isinstance(pii, list):
            errors.append("%s: pii must be a list" % where)
            continue
        if cat == "nopii" and pii:
            errors.append("%s: nopii document has labels" % where)
        seen = set()
        for lab in pii:
            if not isinstance(lab, dict) or set(lab) != {"kind", "text"}:
                errors.append("%s: bad label %r" % (where, lab))
                continue
            kind, span = lab["kind"], lab["text"]
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (where, kind))
            if not isinstance(span, str) or not span or span != span.strip():
                errors.append("%s: bad span %r" % (where, span))
                continue
            if (kind, span) in seen:
                errors.append("%s: duplicate label %s %r" % (where, kind, span))
            seen.add((kind, span))
            per_kind[kind] = per_kind.get(kind, 0) + 1
            if span not in text:
                errors.append("%s: %s %r not a substring" % (where, kind, span))
                continue
            hits = whole_word_hits(text, span)
            if not hits:
                errors.append("%s: %s %r has no whole-word occurrence" % (where, kind, span))
            elif verbose and len(hits) > 1:
                print("note %s: %s %r occurs %d times" % (where, kind, span, len(hits)))
        spans = {}
        for kind, span in seen:
            spans.setdefault(span, set()).add(kind)
        for span, kinds in spans.items():
            if len(kinds) > 1:
                errors.append("%s: %r labeled with several kinds %s" % (where, span, sorted(kinds)))
    if docs != EXPECTED_DOCS:
        errors.append("expected %d documents, found %d" % (EXPECTED_DOCS, docs))
    if crlf < MIN_CRLF:
        errors.append("expected at least %d CRLF documents, found %d" % (MIN_CRLF, crlf))
    for e in errors:
        print("ERROR", e)
    print("docs=%d crlf=%d" % (docs, crlf))
    print("per category:", json.dumps(dict(sorted(per_cat.items()))))
    print("per kind:", json.dumps(dict(sorted(per_kind.items()))))
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
