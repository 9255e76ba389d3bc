#!/usr/bin/env python3
"""Stdlib-only validator for pii_sealed14.jsonl."""
import json, os, re, sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pii_sealed14.jsonl")
CATS = {"intake", "followup", "vispdat", "dv", "youth", "hiv", "housing", "ticket", "nopii"}
KINDS = {"NAME", "SSN", "DOB", "AGE", "ADDRESS", "PHONE", "EMAIL", "HEALTH", "ID", "URL"}
ID_RE = re.compile(r"^s14-([a-z]+)-(\d{3})$")


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
    with open(PATH, "rb") as f:
        raw = f.read()
    lines = raw.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    ids, crlf, per_cat, per_kind = set(), 0, {}, {}
    for n, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: invalid JSON: {e}")
            continue
        if not isinstance(doc, dict) or set(doc) != {"id", "category", "text", "pii"}:
            errs.append(f"line {n}: wrong keys")
            continue
        did, cat, text, pii = doc["id"], doc["category"], doc["text"], doc["pii"]
        m = ID_RE.match(did) if isinstance(did, str) else None
        if not m:
            errs.append(f"line {n}: bad id {did!r}")
        elif m.group(1) != cat:
            errs.append(f"{did}: category {cat!r} does not match id")
        if did in ids:
            errs.append(f"{did}: duplicate id")
        ids.add(did)
        if cat not in CATS:
            errs.append(f"{did}: bad category {cat!r}")
        per_cat[cat] = per_cat.get(cat, 0) + 1
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
                errs.append(f"{did}: bad pii entry {p!r}")
                continue
            k, t = p["kind"], p["text"]
            if k not in KINDS:
                errs.append(f"{did}: bad kind {k!r}")
            if (k, t) in seen:
                errs.append(f"{did}: duplicate label {(k, t)!r}")
            seen.add((k, t))
            if not t or t != t.strip():
                errs.append(f"{did}: empty or padded span {t!r}")
            if t not in text:
                errs.append(f"{did}: span not in text: {t!r}")
            elif not whole_word_hits(text, t):
                errs.append(f"{did}: no whole-word occurrence: {t!r}")
            per_kind[k] = per_kind.get(k, 0) + 1
        texts = [t for (_, t) in seen]
        if len(texts) != len(set(texts)):
            errs.append(f"{did}: same span labeled with two kinds")
    # numbering within each category runs 001..n
    for c in per_cat:
        want = {f"s14-{c}-{i:03d}" for i in range(1, per_cat[c] + 1)}
        got = {i for i in ids if i.startswith(f"s14-{c}-")}
        if want != got:
            errs.append(f"category {c}: ids are not numbered 001..{per_cat[c]:03d}")
    if len(lines) != 200:
        errs.append(f"expected 200 docs, found {len(lines)}")
    if crlf < 8:
        errs.append(f"expected >= 8 CRLF docs, found {crlf}")
    if per_cat.get("nopii", 0) < 50:
        errs.append("expected at least 50 nopii docs")
    for e in errs:
        print("ERROR", e)
    print("docs", len(lines), "crlf", crlf)
    print("per category", dict(sorted(per_cat.items())))
    print("per kind", dict(sorted(per_kind.items())))
    if errs:
        print(f"FAIL ({len(errs)} errors)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
