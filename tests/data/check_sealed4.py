"""Sanity checks for tests/data/pii_sealed4.jsonl (format and label consistency only)."""
import json
import sys
from pathlib import Path

PATH = Path(__file__).with_name("pii_sealed4.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}


def whole_word_spans(text, sub):
    spans, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return spans
        j = i + len(sub)
        ok = True
        if sub[0].isalnum() and i > 0 and text[i - 1].isalnum():
            ok = False
        if sub[-1].isalnum() and j < len(text) and text[j].isalnum():
            ok = False
        if ok:
            spans.append((i, j))
        start = i + 1


def main():
    errors = []
    raw = PATH.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 200:
        errors.append(f"expected 200 lines, got {len(lines)}")
    ids, empty, crlf = set(), 0, 0
    for n, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        did, cat, text, pii = doc.get("id"), doc.get("category"), doc.get("text"), doc.get("pii")
        if set(doc) != {"id", "category", "text", "pii"}:
            errors.append(f"{did}: unexpected keys {sorted(doc)}")
        if did in ids:
            errors.append(f"{did}: duplicate id")
        ids.add(did)
        if cat not in CATS:
            errors.append(f"{did}: bad category {cat}")
        if not (isinstance(did, str) and did.startswith(f"s4-{cat}-") and did[-3:].isdigit()):
            errors.append(f"{did}: id does not match s4-<category>-NNN")
        if not isinstance(text, str) or not isinstance(pii, list):
            errors.append(f"{did}: bad text/pii types")
            continue
        if "\r\n" in text:
            crlf += 1
        if not pii:
            empty += 1
        if cat == "nopii" and pii:
            errors.append(f"{did}: nopii document has labels")
        seen = set()
        spans = []
        for p in pii:
            k, t = p.get("kind"), p.get("text")
            if k not in KINDS:
                errors.append(f"{did}: bad kind {k}")
            if not t or t != t.strip():
                errors.append(f"{did}: empty or unstripped span {t!r}")
                continue
            if (k, t) in seen:
                errors.append(f"{did}: duplicate pair {(k, t)}")
            seen.add((k, t))
            if t not in text:
                errors.append(f"{did}: {k} {t!r} not a substring")
                continue
            ws = whole_word_spans(text, t)
            if not ws:
                errors.append(f"{did}: {k} {t!r} has no whole-word occurrence")
            spans += [(a, b, k, t) for a, b in ws]
        for a1, b1, k1, t1 in spans:
            for a2, b2, k2, t2 in spans:
                if k1 != k2 and a1 < b2 and a2 < b1:
                    errors.append(f"{did}: {k1} {t1!r} overlaps {k2} {t2!r}")
    if empty < 50:
        errors.append(f"only {empty} documents with empty pii")
    if not 8 <= crlf <= 12:
        errors.append(f"{crlf} CRLF documents, expected about 10")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} docs, {empty} without PII, {crlf} with CRLF, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
