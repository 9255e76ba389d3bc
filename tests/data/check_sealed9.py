#!/usr/bin/env python3
"""Structural checker for tests/data/pii_sealed9.jsonl (stdlib only).

Usage: python3 tests/data/check_sealed9.py [path]
Exits 1 if any check fails.
"""
import json
import os
import re
import sys

CATEGORIES = ["intake", "followup", "vispdat", "dv", "youth", "hiv",
              "housing", "ticket", "nopii"]
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL",
         "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s9-(%s)-(\d{3})$" % "|".join(CATEGORIES))
EXPECTED_DOCS = 200


def is_word(ch, underscore):
    return ch.isalnum() or (underscore and ch == "_")


def occurrences(text, label, underscore):
    """Start/end spans of whole-word occurrences of label in text.

    The boundary check applies only at an edge of the label that is a
    letter or digit. `underscore` decides whether '_' counts as a word
    character next to such an edge.
    """
    spans = []
    if not label:
        return spans
    check_start = label[0].isalnum()
    check_end = label[-1].isalnum()
    i = text.find(label)
    while i != -1:
        j = i + len(label)
        ok = True
        if check_start and i > 0 and is_word(text[i - 1], underscore):
            ok = False
        if check_end and j < len(text) and is_word(text[j], underscore):
            ok = False
        if ok:
            spans.append((i, j))
        i = text.find(label, i + 1)
    return spans


def main():
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "pii_sealed9.jsonl")
    path = sys.argv[1] if len(sys.argv) > 1 else default
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
        lines.pop()

    docs = []
    for n, line in enumerate(lines, 1):
        if line.strip() == "":
            err("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("line %d: invalid JSON: %s" % (n, e))
            continue
        if not isinstance(obj, dict):
            err("line %d: not a JSON object" % n)
            continue
        docs.append((n, obj))

    if len(docs) != EXPECTED_DOCS:
        err("expected %d documents, found %d" % (EXPECTED_DOCS, len(docs)))

    seen_ids = set()
    per_cat = {c: [] for c in CATEGORIES}
    kind_counts = {k: 0 for k in sorted(KINDS)}
    no_pii = 0
    crlf_docs = 0

    for n, d in docs:
        where = "line %d" % n
        keys = set(d.keys())
        if keys != {"id", "category", "text", "pii"}:
            err("%s: keys must be id, category, text, pii (got %s)"
                % (where, sorted(keys)))
        did = d.get("id")
        cat = d.get("category")
        text = d.get("text")
        pii = d.get("pii")
        if not isinstance(did, str):
            err("%s: id is not a string" % where)
            continue
        where = "%s (%s)" % (where, did)
        m = ID_RE.match(did)
        if not m:
            err("%s: id does not match s9-<category>-NNN" % where)
        elif m.group(1) != cat:
            err("%s: id category %r != category %r" % (where, m.group(1), cat))
        if did in seen_ids:
            err("%s: duplicate id" % where)
        seen_ids.add(did)
        if cat not in CATEGORIES:
            err("%s: unknown category %r" % (where, cat))
        else:
            per_cat[cat].append(did)
        if not isinstance(text, str) or not text.strip():
            err("%s: text missing or empty" % where)
            continue

        # line ends
        has_crlf = "\r\n" in text
        bare_lf = re.search(r"(?<!\r)\n", text) is not None
        bare_cr = re.search(r"\r(?!\n)", text) is not None
        if bare_cr:
            err("%s: bare CR in text" % where)
        if has_crlf:
            crlf_docs += 1
            if bare_lf:
                err("%s: mixes CRLF and bare LF line ends" % where)

        if not isinstance(pii, list):
            err("%s: pii is not a list" % where)
            continue
        if not pii:
            no_pii += 1
        pairs = set()
        labels = []
        for e in pii:
            if not isinstance(e, dict) or set(e.keys()) != {"kind", "text"}:
                err("%s: pii entry must be {kind, text}: %r" % (where, e))
                continue
            kind, lt = e["kind"], e["text"]
            if kind not in KINDS:
                err("%s: unknown kind %r" % (where, kind))
                continue
            if not isinstance(lt, str) or not lt:
                err("%s: empty label text for %s" % (where, kind))
                continue
            if lt != lt.strip():
                err("%s: label %r has leading/trailing whitespace" % (where, lt))
            if (kind, lt) in pairs:
                err("%s: duplicate pair %s %r" % (where, kind, lt))
                continue
            pairs.add((kind, lt))
            labels.append((kind, lt))
            kind_counts[kind] += 1
            if lt not in text:
                err("%s: %s label %r is not a substring of text"
                    % (where, kind, lt))
            elif not occurrences(text, lt, underscore=True):
                err("%s: %s label %r has no whole-word occurrence"
                    % (where, kind, lt))

        # Cross-kind containment. Use the looser boundary rule ('_' is not a
        # word character) so that every occurrence any evaluator might see
        # is considered.
        gold = []
        for kind, lt in labels:
            for s, t in occurrences(text, lt, underscore=False):
                gold.append((s, t, kind, lt))
        for kind, lt in labels:
            for s, t in occurrences(text, lt, underscore=False):
                for gs, gt, gk, gl in gold:
                    if gk != kind and gs <= s and t <= gt:
                        err("%s: %s %r at %d lies inside %s %r"
                            % (where, kind, lt, s, gk, gl))

    for c in CATEGORIES:
        cnt = len(per_cat[c])
        if not 20 <= cnt <= 25:
            err("category %s has %d documents (want 20-25)" % (c, cnt))
        nums = sorted(int(i.rsplit("-", 1)[1]) for i in per_cat[c])
        if nums != list(range(1, cnt + 1)):
            err("category %s: ids are not numbered 001..%03d" % (c, cnt))

    total = len(docs)
    share = (no_pii / total) if total else 0.0
    if not 0.25 <= share <= 0.35:
        err("no-PII share %.1f%% (%d/%d) outside 25-35%%"
            % (100 * share, no_pii, total))
    if not 8 <= crlf_docs <= 12:
        err("%d CRLF documents (want 8-12)" % crlf_docs)

    print("documents: %d" % total)
    print("per category: " + ", ".join(
        "%s=%d" % (c, len(per_cat[c])) for c in CATEGORIES))
    print("per kind: " + ", ".join(
        "%s=%d" % (k, kind_counts[k]) for k in sorted(kind_counts)))
    print("labels: %d" % sum(kind_counts.values()))
    print("no-PII documents: %d (%.1f%%)" % (no_pii, 100 * share))
    print("CRLF documents: %d" % crlf_docs)
    if errors:
        for e in errors:
            print("FAIL: " + e)
        print("FAILED (%d problems)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
