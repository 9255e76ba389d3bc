//! Contact details: email addresses (also written out, "tina dot rae at gmail
//! dot com"), URLs and handles that point at a person, and addresses (street
//! address, unit, PO box, city and zip, a place the client stays).

use super::context;
use super::context::Phrases;
use super::tokens::{CaseMode, Doc, TokKind};
use super::{push_tokens, Cand, Kind};

const TLDS: &[&str] = &[
    "com", "net", "org", "edu", "gov", "us", "io", "me", "co", "info", "biz", "mil", "ca", "app",
    "ly", "tv", "xyz",
];

const SOCIAL: &[&str] = &[
    "facebook.com",
    "fb.com",
    "m.facebook.com",
    "instagram.com",
    "tiktok.com",
    "twitter.com",
    "x.com",
    "linkedin.com",
    "snapchat.com",
    "youtube.com",
    "venmo.com",
    "cash.app",
    "paypal.me",
    "onlyfans.com",
    "threads.net",
    "reddit.com",
    "github.com",
    "t.me",
    "wa.me",
    "linktr.ee",
    "myspace.com",
    "pinterest.com",
    // A personal fundraiser names the person it raises money for.
    "gofundme.com",
];

pub(crate) const HANDLE_CONTEXT: Phrases = Phrases {
    id: 10,
    list: &[
        "cashapp",
        "cash app",
        "discord",
        "facebook",
        "fb",
        "handle",
        "ig",
        "insta",
        "instagram",
        "messenger",
        "profile",
        "snap",
        "snapchat",
        "tiktok",
        "twitter",
        "threads",
        "telegram",
        "username",
        "user name",
        "venmo",
        "whatsapp",
        "x",
    ],
};

fn email_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn domain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '-'
}

/// Words before a Cash App handle.
pub(crate) const CASH_CONTEXT: Phrases = Phrases {
    id: 15,
    list: &["cash app", "cashapp", "cashtag", "venmo"],
};

pub(crate) fn scan(doc: &Doc, out: &mut Vec<Cand>) {
    emails_and_handles(doc, out);
    spelled_emails(doc, out);
    urls(doc, out);
    addresses(doc, out);
}

/// Scan outward from each `@`, within bounds.
fn emails_and_handles(doc: &Doc, out: &mut Vec<Cand>) {
    let text = doc.text;
    for (i, t) in doc.toks.iter().enumerate() {
        if doc.punct(i) != Some('@') {
            continue;
        }
        let at = t.start;
        let left = text.get(..at).unwrap_or("");
        let mut ls = at;
        for (k, c) in left.char_indices().rev() {
            if !email_local_char(c) || at - k > 64 {
                break;
            }
            ls = k;
        }
        while let Some(c) = text.get(ls..at).and_then(|s| s.chars().next()) {
            if c == '.' || c == '-' {
                ls += 1;
            } else {
                break;
            }
        }
        let right = text.get(at + 1..).unwrap_or("");
        let mut re = at + 1;
        for (k, c) in right.char_indices() {
            if !domain_char(c) || k > 253 {
                break;
            }
            re = at + 1 + k + c.len_utf8();
        }
        while text
            .get(..re)
            .is_some_and(|s| s.ends_with('.') || s.ends_with('-'))
        {
            re -= 1;
        }
        let domain = text.get(at + 1..re).unwrap_or("");
        let tld_ok = domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
            && domain.contains('.');
        if ls < at && tld_ok {
            out.push(Cand::new(
                Kind::Email,
                ls,
                re,
                0.97,
                "email.address",
                "Looks like an email address".to_string(),
            ));
            continue;
        }
        // A handle: "@tina_rae", after white space, opening punctuation or
        // the start; not an email. Not after other symbols: "]@x" must stay
        // unflagged, or redacting "abc" in "abc@x" would create a handle.
        let opens = left.chars().next_back().map_or(true, |c| {
            c.is_whitespace() || matches!(c, '(' | '"' | '\'' | '“' | '‘' | ':' | ',' | ';')
        });
        if ls == at && opens {
            let mut he = at + 1;
            for (k, c) in right.char_indices() {
                if !(c.is_alphanumeric() || c == '_' || c == '.') || k > 30 {
                    break;
                }
                he = at + 1 + k + c.len_utf8();
            }
            while text.get(..he).is_some_and(|s| s.ends_with('.')) {
                he -= 1;
            }
            let handle = text.get(at + 1..he).unwrap_or("");
            if handle.chars().count() >= 3 && handle.chars().any(char::is_alphabetic) {
                let ctx = context::before(doc, i, 40, &HANDLE_CONTEXT);
                let conf = if ctx.is_some() { 0.9 } else { 0.7 };
                out.push(Cand::new(
                    Kind::Url,
                    at,
                    he,
                    conf,
                    "url.handle",
                    "Looks like a social media handle that points at a person".to_string(),
                ));
            }
        }
    }
    // "Snap: dj_79", "IG is tina.rae92": a handle after a social-media word.
    for (i, t) in doc.toks.iter().enumerate() {
        // "TikTok DM ...: user tay.tay.spokane": "user" names a handle when
        // a social-media word comes shortly before.
        let w = match context::phrase_at_tok(doc, i, &HANDLE_CONTEXT) {
            Some(w) => w,
            None if doc.is(i, "user") && context::before(doc, i, 80, &HANDLE_CONTEXT).is_some() => {
                "user"
            }
            None => continue,
        };
        if w == "x" || w == "profile" {
            continue;
        }
        let mut j = doc.tok_at(t.start + w.len());
        let mut comma = false;
        // "IG: x", "insta handle is x", "FB as x", "snap x".
        for _ in 0..3 {
            // "Snapchat (pixie.dust.509)" too.
            // "add him on snap, abdi_hoops" too.
            comma |= doc.punct(j) == Some(',');
            if matches!(doc.punct(j), Some(':' | '-' | '(' | ','))
                || ["is", "handle", "as", "name", "username", "at"]
                    .iter()
                    .any(|f| doc.is(j, f))
            {
                j += 1;
            }
        }
        // "Q: what's your snapchat so we can reach u? / A: its tayy.grace04":
        // the handle given in answer to a question naming the platform.
        let answered = if w == "user" {
            None
        } else {
            answer_after_question(doc, j)
        };
        // An answer that is only a number ("A: 3.5") is no handle.
        if !handle_at(doc, j, w, comma, out) {
            if let Some(a) = answered {
                handle_at(doc, a, w, true, out);
            }
        }
    }
    cashtags(doc, out);
}

/// From token `j` inside a question ("what's your snapchat so we can reach
/// u?"), the first token of its answer ("A: its tayy.grace04"): the
/// question mark on the same line, then "A:" and "its" or "it's" skipped.
fn answer_after_question(doc: &Doc, j: usize) -> Option<usize> {
    let q = (j..j + 12)
        .take_while(|&k| doc.toks.get(k).is_some_and(|t| k == j || !t.newline_before))
        .find(|&k| doc.punct(k) == Some('?'))?;
    let mut k = q + 1;
    if doc.is(k, "a") && doc.punct(k + 1) == Some(':') {
        k += 2;
    }
    if ["its", "it's", "it’s", "is", "my", "mine"]
        .iter()
        .any(|w| doc.is(k, w))
    {
        k += 1;
    }
    Some(k)
}

/// The handle at token `j` after the social-media word `w`: letters,
/// digits, dots and underscores, with a dot, an underscore or a digit in
/// it (and a letter after a comma: "snap, 509..."). Pushes it and returns
/// whether there was one.
fn handle_at(doc: &Doc, j: usize, w: &str, comma: bool, out: &mut Vec<Cand>) -> bool {
    let Some(h) = doc.toks.get(j) else {
        return false;
    };
    if doc.punct(j) == Some('@') || h.kind == TokKind::Punct {
        return false;
    }
    let text = doc.text;
    let mut end = h.start;
    for (k, c) in text.get(h.start..).unwrap_or("").char_indices() {
        if !(c.is_alphanumeric() || c == '_' || c == '.') || k > 30 {
            break;
        }
        end = h.start + k + c.len_utf8();
    }
    while text.get(..end).is_some_and(|s| s.ends_with('.')) {
        end -= 1;
    }
    let handle = text.get(h.start..end).unwrap_or("");
    let marked = handle.contains(['_', '.']) || handle.bytes().any(|b| b.is_ascii_digit());
    // After "user" or a comma, a number is no handle ("snap, 509...").
    let lettered = w != "user" && !comma || handle.chars().any(char::is_alphabetic);
    if handle.len() >= 3 && marked && lettered && !handle.contains("..") {
        out.push(Cand::new(
            Kind::Url,
            h.start,
            end,
            0.8,
            "url.handle",
            format!("Looks like a {w} handle that points at a person"),
        ));
        return true;
    }
    false
}

/// Cash App "$cashtag": a dollar sign before letters, not an amount.
fn cashtags(doc: &Doc, out: &mut Vec<Cand>) {
    for (i, t) in doc.toks.iter().enumerate() {
        if doc.punct(i) == Some('$')
            && matches!(doc.kind(i + 1), Some(TokKind::Word | TokKind::Mixed))
            && doc.tight(i + 1)
        {
            let w = doc.tok_text(i + 1);
            if w.len() >= 4 && context::before(doc, i, 30, &CASH_CONTEXT).is_some() {
                out.push(Cand::new(
                    Kind::Url,
                    t.start,
                    doc.toks[i + 1].end,
                    0.85,
                    "url.cashtag",
                    "Looks like a Cash App handle that points at a person".to_string(),
                ));
            }
        }
    }
}

fn is_dot(doc: &Doc, i: usize) -> bool {
    doc.punct(i) == Some('.') || doc.is(i, "dot") || doc.is(i, "period") || doc.is(i, "punto")
}

/// A dot written at token `k` (".", "dot", "(dot)", "[dot]"): the token after it.
fn dot_at(doc: &Doc, k: usize) -> Option<usize> {
    if is_dot(doc, k) {
        return Some(k + 1);
    }
    if matches!(doc.punct(k), Some('(' | '[' | '{'))
        && is_dot(doc, k + 1)
        && matches!(doc.punct(k + 2), Some(')' | ']' | '}'))
    {
        return Some(k + 3);
    }
    None
}

/// "tina dot rae at gmail dot com", "tina.rae (at) gmail.com", "tina rae [at] yahoo dot com",
/// "leti.gtz arroba gmail punto com".
fn spelled_emails(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    for i in 0..n {
        // The "at": a word, or (at) / [at]; Spanish "arroba" the same way
        // ("leti.gtz(arroba)gmail.com").
        let (at_first, at_last) = if doc.is(i, "at") || doc.is(i, "arroba") {
            if matches!(doc.punct(i.wrapping_sub(1)), Some('(' | '[' | '{'))
                && matches!(doc.punct(i + 1), Some(')' | ']' | '}'))
            {
                (i - 1, i + 1)
            } else {
                (i, i)
            }
        } else {
            continue;
        };
        // Domain: word (dot word)+ ending in a TLD.
        let j = at_last + 1;
        if doc.kind(j) != Some(TokKind::Word) && doc.kind(j) != Some(TokKind::Mixed) {
            continue;
        }
        let mut end_tok = None;
        let mut k = j;
        let mut spelled_dot = false;
        while k < n && k - j < 12 {
            let Some(next) = dot_at(doc, k + 1) else {
                break;
            };
            spelled_dot |= doc.kind(k + 1) != Some(TokKind::Punct) || next > k + 2;
            if !matches!(doc.kind(next), Some(TokKind::Word | TokKind::Mixed)) {
                break;
            }
            if TLDS.iter().any(|t| doc.is(next, t)) {
                end_tok = Some(next);
            }
            k = next;
        }
        let Some(end_tok) = end_tok else { continue };
        let plain = doc.is(at_first, "at") && at_first == at_last;
        // "at" between ordinary words with a real dotted domain ("meet at shelter.org")
        // is not an email; need a spelled "dot" or bracketed (at).
        if plain && !spelled_dot && !doc.tight(j + 1) {
            continue;
        }
        if plain && !spelled_dot {
            // "staying at Hope.org"? rare; require a known mail provider.
            let dom = doc.lower(j);
            if ![
                "gmail",
                "yahoo",
                "hotmail",
                "outlook",
                "aol",
                "icloud",
                "live",
                "msn",
                "comcast",
                "protonmail",
                "proton",
                "ymail",
                "me",
            ]
            .contains(&dom)
            {
                continue;
            }
        }
        // Local part: word ((dot|_|-) word)* going back from the "at".
        let Some(mut s) = at_first.checked_sub(1) else {
            continue;
        };
        if !matches!(
            doc.kind(s),
            Some(TokKind::Word | TokKind::Num | TokKind::Mixed)
        ) {
            continue;
        }
        let mut steps = 0;
        while s >= 2 && steps < 6 {
            let sep = s - 1;
            let joined = is_dot(doc, sep)
                || doc.is(sep, "underscore")
                || (matches!(doc.punct(sep), Some('_' | '-')) && doc.tight(sep) && doc.tight(s));
            if joined
                && matches!(
                    doc.kind(sep - 1),
                    Some(TokKind::Word | TokKind::Num | TokKind::Mixed)
                )
            {
                s = sep - 1;
                steps += 1;
            } else {
                break;
            }
        }
        let (Some(a), Some(b)) = (doc.toks.get(s), doc.toks.get(end_tok)) else {
            continue;
        };
        out.push(Cand::new(
            Kind::Email,
            a.start,
            b.end,
            0.9,
            "email.spelled",
            "Looks like an email address written out in words".to_string(),
        ));
    }
}

/// http(s)://..., www...., and bare social-media links.
fn urls(doc: &Doc, out: &mut Vec<Cand>) {
    let text = doc.text;
    for (i, t) in doc.toks.iter().enumerate() {
        // A Discord tag: name#1234.
        if matches!(t.kind, TokKind::Word | TokKind::Mixed)
            && doc.punct(i + 1) == Some('#')
            && doc.tight(i + 1)
            && doc.tight(i + 2)
            && doc.num_len(i + 2) == 4
            && doc.tok_text(i + 2).len() == 4
            // "uses discord handle kekoa#5512." ends a sentence.
            && (!doc.tight(i + 3)
                || matches!(doc.punct(i + 3), Some('.' | ',' | ';' | ')' | '!' | '?'))
                    && !doc.tight(i + 4))
            && (i == 0 || !doc.tight(i))
        {
            out.push(Cand::new(
                Kind::Url,
                t.start,
                doc.toks[i + 2].end,
                0.85,
                "url.handle",
                "Looks like a Discord user tag (name#1234) that points at a person".to_string(),
            ));
            continue;
        }
        if t.kind != TokKind::Word && t.kind != TokKind::Mixed {
            continue;
        }
        if i > 0 && doc.tight(i) && !matches!(doc.punct(i - 1), Some('(' | '[' | '<' | '"' | '\''))
        {
            continue;
        }
        // A URL or bare link goes on with "." or "://" right after the first word.
        if !(doc.tight(i + 1) && matches!(doc.punct(i + 1), Some('.' | ':'))) {
            continue;
        }
        let w = doc.tok_text(i);
        let starts_url = (w.eq_ignore_ascii_case("http") || w.eq_ignore_ascii_case("https"))
            && context::phrase_at(text, t.end, "://")
            || (w.eq_ignore_ascii_case("www") && doc.punct(i + 1) == Some('.'));
        // The URL runs to the next white space.
        let rest = text.get(t.start..).unwrap_or("");
        let mut end = t.start;
        for (k, c) in rest.char_indices() {
            if c.is_whitespace() || matches!(c, '"' | '<' | '>' | ')' | ']') || k > 300 {
                break;
            }
            end = t.start + k + c.len_utf8();
        }
        while text
            .get(..end)
            .is_some_and(|s| s.ends_with(['.', ',', ';', ':', '!', '?']))
        {
            end -= 1;
        }
        let url = text.get(t.start..end).unwrap_or("");
        let lower = url.to_ascii_lowercase();
        let host_path = lower
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.");
        let social = SOCIAL.iter().any(|s| {
            host_path.starts_with(s)
                && host_path.len() > s.len() + 1
                && host_path.as_bytes().get(s.len()) == Some(&b'/')
        });
        if social {
            out.push(Cand::new(
                Kind::Url,
                t.start,
                end,
                0.92,
                "url.social",
                "Looks like a link to a person's social media profile".to_string(),
            ));
        } else if starts_url && url.len() > 8 && url.contains('@') {
            out.push(Cand::new(
                Kind::Url,
                t.start,
                end,
                0.7,
                "url.link",
                "A link that names a person".to_string(),
            ));
        }
    }
}

pub(crate) const STREET_SUFFIXES: Phrases = Phrases {
    id: 25,
    list: &[
        "avenue",
        "alley",
        "ave",
        "aly",
        "av",
        "boulevard",
        "blvd",
        "crossing",
        "circle",
        "court",
        "cir",
        "ct",
        "drive",
        "dr",
        "highway",
        "hwy",
        "lane",
        "loop",
        "ln",
        "parkway",
        "place",
        "point",
        "pkwy",
        "pike",
        "pl",
        "pt",
        "road",
        "row",
        "run",
        "rd",
        "street",
        "square",
        "st",
        "sq",
        "terrace",
        "trail",
        "ter",
        "trl",
        "way",
        "xing",
    ],
};

pub(crate) const DIRECTIONS: Phrases = Phrases {
    id: 26,
    list: &[
        "east",
        "e",
        "northeast",
        "northwest",
        "north",
        "ne",
        "nw",
        "n",
        "southeast",
        "southwest",
        "south",
        "se",
        "sw",
        "s",
        "west",
        "w",
    ],
};

/// Whether token `i` is a whole word of `list` (one AND for most tokens).
fn is_word_in(doc: &Doc, i: usize, list: &Phrases) -> bool {
    context::phrase_at_tok(doc, i, list)
        .is_some_and(|p| doc.toks.get(i).is_some_and(|t| t.end - t.start == p.len()))
}

fn is_one_of(doc: &Doc, i: usize, list: &[&str]) -> bool {
    // Asked of most tokens: only words, and the length and first byte
    // before the whole word.
    if doc.kind(i) != Some(TokKind::Word) {
        return false;
    }
    let w = doc.tok_text(i);
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    list.iter().any(|x| {
        x.len() == w.len()
            && x.as_bytes().first().map(u8::to_ascii_lowercase) == Some(first)
            && x.eq_ignore_ascii_case(w)
    })
}

/// US state abbreviations and names that matter here.
pub(crate) const STATES: Phrases = Phrases {
    id: 27,
    list: &[
        "arkansas",
        "alabama",
        "arizona",
        "alaska",
        "ak",
        "al",
        "ar",
        "az",
        "connecticut",
        "california",
        "colorado",
        "ca",
        "co",
        "ct",
        "delaware",
        "dc",
        "de",
        "florida",
        "fl",
        "georgia",
        "ga",
        "hawaii",
        "hi",
        "illinois",
        "indiana",
        "idaho",
        "iowa",
        "ia",
        "id",
        "il",
        "in",
        "kentucky",
        "kansas",
        "ks",
        "ky",
        "louisiana",
        "la",
        "massachusetts",
        "mississippi",
        "minnesota",
        "maryland",
        "michigan",
        "missouri",
        "montana",
        "maine",
        "ma",
        "md",
        "me",
        "mi",
        "mn",
        "mo",
        "ms",
        "mt",
        "north carolina",
        "new hampshire",
        "north dakota",
        "new jersey",
        "new mexico",
        "nebraska",
        "new york",
        "nevada",
        "nc",
        "nd",
        "ne",
        "nh",
        "nj",
        "nm",
        "nv",
        "ny",
        "oklahoma",
        "oregon",
        "ohio",
        "oh",
        "ok",
        "or",
        "pennsylvania",
        "pa",
        "rhode island",
        "ri",
        "south carolina",
        "south dakota",
        "sc",
        "sd",
        "tennessee",
        "texas",
        "tn",
        "tx",
        "utah",
        "ut",
        "virginia",
        "vermont",
        "va",
        "vt",
        "west virginia",
        "washington",
        "wisconsin",
        "wyoming",
        "wa",
        "wi",
        "wv",
        "wy",
    ],
};

fn addresses(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        if let Some((end_tok, conf, rule, reason)) = street_at(doc, i).or_else(|| po_box_at(doc, i))
        {
            let end_tok = extend_unit_city(doc, end_tok);
            // "the office is at 1120 W Riverside Ave, Suite 200": an agency's
            // address is a contact for everyone, not a client's.
            let conf = if agency_address(doc, i, end_tok) {
                0.45
            } else {
                conf
            };
            push_tokens(
                doc,
                out,
                Kind::Address,
                direction_before(doc, i),
                end_tok,
                conf,
                rule,
                reason,
            );
            i = end_tok + 1;
            continue;
        }
        if let Some((s, e)) = city_zip_at(doc, i) {
            push_tokens(
                doc,
                out,
                Kind::Address,
                s,
                e,
                0.85,
                "address.city_zip",
                "Looks like a city, state and ZIP code",
            );
            i = e + 1;
            continue;
        }
        // Below a place that holds it ("Minh's garage in Spokane Valley 99216").
        if let Some(e) = city_wa_zip(doc, i) {
            push_tokens(
                doc,
                out,
                Kind::Address,
                i,
                e,
                0.6,
                "address.city_zip",
                "Looks like a city and a Washington ZIP code",
            );
            i = e + 1;
            continue;
        }
        if let Some((s, e)) = intersection_at(doc, i) {
            // "corner of ...", "E 14th and ...": surely streets, not a list of names.
            let sure = doc.is(i, "corner")
                || doc.is(i, "intersection")
                || is_word_in(doc, s, &DIRECTIONS) && doc.tok_text(s).len() <= 2;
            push_tokens(
                doc,
                out,
                Kind::Address,
                s,
                e,
                if sure { 0.8 } else { 0.7 },
                "address.intersection",
                "Looks like a street corner where the client can be found",
            );
            i = e + 1;
            continue;
        }
        if let Some(e) = unit_at(doc, i, false) {
            // "NEW UNIT 3217 E OLYMPIC AVE": the number is the house number
            // of a street address, found from the next token.
            if street_at(doc, e).is_some() {
                i += 1;
                continue;
            }
            // "Apt 204, 1919 W Boone Ave", "Unit 5 at 3111 E Everett Ave":
            // the unit of the street address after it, redacted as one.
            let mut k = e + 1;
            if doc.punct(k) == Some(',') || doc.is(k, "at") {
                k += 1;
            }
            if let Some((end_tok, conf, _, _)) = street_at(doc, k) {
                let end_tok = extend_unit_city(doc, end_tok);
                push_tokens(
                    doc,
                    out,
                    Kind::Address,
                    i,
                    end_tok,
                    conf,
                    "address.street",
                    "Looks like a street address with its unit number",
                );
                i = end_tok + 1;
                continue;
            }
            // Measured: "unit 14", "apt 3B" alone is mostly a unit of a
            // program's building or the landlord's property, no address of
            // one client; kept (below the default threshold) so a stronger
            // finding over it does not lose to it. A lot or space number
            // ("EWU lot P12", "RV park, space 31") is where someone sleeps.
            let building = ["apartment", "apt", "ste", "suite", "unit"]
                .iter()
                .any(|w| doc.is(i, w));
            push_tokens(
                doc,
                out,
                Kind::Address,
                i,
                e,
                if building { 0.45 } else { 0.7 },
                "address.unit",
                "Looks like an apartment or unit number",
            );
            i = e + 1;
            continue;
        }
        if let Some((s, e)) = structure_at(doc, i) {
            push_tokens(
                doc,
                out,
                Kind::Address,
                s,
                e,
                0.65,
                "address.place",
                "Looks like a bridge or overpass where the client can be found",
            );
            i = e + 1;
            continue;
        }
        if let Some((s, e)) = spanish_place_at(doc, i)
            .or_else(|| spanish_prep_place_at(doc, i))
            .or_else(|| stop_at_corner(doc, i))
            .or_else(|| spanish_named_park_at(doc, i))
            .or_else(|| named_place_at(doc, i))
        {
            push_tokens(
                doc,
                out,
                Kind::Address,
                s,
                e,
                0.65,
                "address.place",
                "Looks like a named business or motel where the client can be found",
            );
            i += 1;
            continue;
        }
        if let Some((s, e)) = place_at(doc, i).or_else(|| answer_place_at(doc, i)) {
            // Measured: a short "at/in X" without a number or a place noun is
            // usually a shelter or a city, not where to find someone.
            let words = (s..=e)
                .filter(|&k| {
                    matches!(
                        doc.kind(k),
                        Some(TokKind::Word | TokKind::Num | TokKind::Mixed)
                    )
                })
                .count();
            let specific = (s..=e).any(|k| {
                matches!(doc.kind(k), Some(TokKind::Num | TokKind::Mixed))
                    || is_one_of(doc, k, PLACE_NOUNS)
                    || two_word_place(doc, k)
            });
            let broad_prep = doc.is(s, "at") || doc.is(s, "in");
            // "at the Young Adult Shelter": a shelter or a program is the
            // agency's own place, not where to find one person.
            let agency = ["shelter", "mission", "center", "centre", "program"]
                .iter()
                .any(|w| doc.is(e, w))
                && doc.capitalized(e)
                // "the 7-Eleven on Hamilton & Mission": a street corner.
                && !(s..e).any(|k| {
                    doc.is(k, "on") || doc.is(k, "and") || doc.punct(k) == Some('&')
                })
                // "SLEEPS IN THE PARKING LOT OF THE TRENT SHELTER": a spot
                // outside the agency's place is where the person sleeps.
                && !(s..e).any(|k| is_one_of(doc, k, PLACE_NOUNS) && doc.is(k + 1, "of"));
            // "parked at the Hamilton St lot on Tuesdays", "near Riverfront
            // Park Thursdays 1-3pm": a service's stop on its schedule.
            let schedule = schedule_in(doc, s, e + 4);
            // "on N Division", "by Usk": a street or a town alone.
            let bare =
                ["on", "by", "near", "off"].iter().any(|w| doc.is(s, w)) && words <= 3 && !specific;
            let conf = if broad_prep && words <= 4 && !specific
                || bare
                || agency
                || schedule
                || home_on_street(doc, s, e)
                || unnamed_lodging(doc, s, e)
            {
                0.45
            } else if named_facility_in(doc, s, e) {
                // "under the bleachers at Rogers High football field": the
                // school's name looks like a person's; the place holds it.
                0.9
            } else {
                0.65
            };
            push_tokens(
                doc,
                out,
                Kind::Address,
                s,
                e,
                conf,
                "address.place",
                "Looks like a specific place where the client can be found",
            );
            // A street address inside the description is found on its own.
            i += 1;
            continue;
        }
        i += 1;
    }
}

/// Words that end the name of a school or a mall ("Rogers High",
/// "Logan Elementary", "Northtown Mall").
const FACILITIES: &[&str] = &[
    "academy",
    "elementary",
    "high",
    "mall",
    "middle",
    "school",
    "stadium",
];

/// Whether tokens `s..=e` hold a capitalized name and a facility word after
/// it ("at Rogers High football field"), a named facility whose name alone
/// would pass for a person's.
fn named_facility_in(doc: &Doc, s: usize, e: usize) -> bool {
    doc.case == CaseMode::Mixed
        && (s + 1..=e).any(|k| {
            doc.capitalized(k)
                && is_one_of(doc, k, FACILITIES)
                && doc.capitalized(k - 1)
                && doc.kind(k - 1) == Some(TokKind::Word)
                && !doc.is(k - 1, "the")
        })
}

/// Whether the sentence around a street address (tokens `s..=e`) calls it
/// an office or an agency's ("Office is at ...", "Agency contact for
/// clients: ..., 808 W. Spokane Falls Blvd., ... (front desk)").
fn agency_address(doc: &Doc, s: usize, e: usize) -> bool {
    const WORDS: &[&str] = &["agency", "desk", "headquarters", "office", "offices"];
    let mut k = s;
    while k > 0 && k + 14 > s {
        k -= 1;
        if matches!(doc.punct(k), Some('.' | '!' | '?' | ';'))
            || doc.toks.get(k + 1).is_some_and(|t| t.newline_before)
        {
            break;
        }
        if is_one_of(doc, k, WORDS) {
            return true;
        }
    }
    // Right after it: "(agency front desk)", "(front desk)".
    (e + 1..e + 5).any(|k| is_one_of(doc, k, WORDS))
}

/// Relatives and friends whose home ("at her aunt's") a note names.
const HOSTS: &[&str] = &[
    "aunt",
    "auntie",
    "bf",
    "boyfriend",
    "brother",
    "cousin",
    "dad",
    "daughter",
    "ex",
    "friend",
    "gf",
    "girlfriend",
    "grandma",
    "grandmother",
    "grandpa",
    "mom",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "uncle",
];

/// "at her friend's on E Rowan", "at ex Trent's place in Hillyard", "in her
/// apartment in Airway Heights", "the porch of their place on E Illinois
/// Ave": someone's home located by one street or town, with no number, is
/// no findable place (a street name with no number is not PII). A second
/// locator ("at her cousin's on E Sprague near Havana") makes it one.
fn home_on_street(doc: &Doc, s: usize, e: usize) -> bool {
    let home = (s..=e).find(|&k| {
        let w = doc.lower(k);
        let owner = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .is_some_and(|o| HOSTS.contains(&o));
        let dwelling = ["place", "house", "home", "apartment", "apt", "trailer"]
            .iter()
            .any(|d| doc.is(k, d))
            && k > s
            && (["her", "his", "their", "my", "our"]
                .iter()
                .any(|p| doc.is(k - 1, p))
                || doc.tok_text(k - 1).ends_with("'s")
                || doc.tok_text(k - 1).ends_with("’s"));
        owner || dwelling
    });
    let Some(h) = home else { return false };
    // "in his friend's car outside the Shell on Hamilton & Mission": any
    // preposition of place, and a corner's "&", locate it a second time.
    let locators = (h + 1..=e)
        .filter(|&k| {
            context::phrase_at_tok(doc, k, &PLACE_PREPS).is_some() || doc.punct(k) == Some('&')
        })
        .count();
    let numbered = (h + 1..=e).any(|k| matches!(doc.kind(k), Some(TokKind::Num | TokKind::Mixed)));
    locators == 1 && !numbered
}

/// "in a motel on Sunset Hwy", "at the motel on E Sprague": an unnamed
/// motel on a street with no number is not findable; "the cedar motel on e
/// sprague, rm 19" and "the Motel 6 on Division" are.
fn unnamed_lodging(doc: &Doc, s: usize, e: usize) -> bool {
    (s..e).any(|k| {
        (doc.is(k, "a") || doc.is(k, "the"))
            && ["motel", "hotel", "inn"].iter().any(|w| doc.is(k + 1, w))
            && !doc.capitalized(k + 1)
    }) && !(s..=e).any(|k| matches!(doc.kind(k), Some(TokKind::Num | TokKind::Mixed)))
}

/// `1234 N Division St`, `512 W 2nd Ave`, `1810 E Sprague`, and the older
/// Spokane form `N 4400 Crestline`.
fn street_at(doc: &Doc, i: usize) -> Option<(usize, f32, &'static str, &'static str)> {
    let t = doc.toks.get(i)?;
    // "home visit at e 2215 pacific": in a note typed without capitals the
    // direction and the street are lowercase too.
    let lower = doc.lowercase_style || doc.case == CaseMode::Lower;
    // Asked of every token: matched on bytes, so the many tokens longer
    // than two bytes cost one length check (a `match` on the strings is a
    // comparison call per arm at opt-level "z").
    let dir = match *doc.tok_text(i).as_bytes() {
        [b'N' | b'S' | b'E' | b'W'] => true,
        [b'N' | b'S', b'E' | b'W'] => true,
        [b'n' | b's' | b'e' | b'w'] => lower,
        _ => false,
    };
    let name_ok = |k: usize| {
        let w = doc.tok_text(k);
        let cap = doc.capitalized(k) || lower && doc.kind(k) == Some(TokKind::Word);
        // "N 3402 Post, unit C": a common word is a street name when a
        // street type or a unit follows it.
        cap && (!super::names::is_common_word(w)
            || is_word_in(doc, k + 1, &STREET_SUFFIXES)
            || doc.punct(k + 1) == Some(',') && unit_at(doc, k + 2, true).is_some()
            || moved_or_staying_at(doc, i))
    };
    if dir && (3..=5).contains(&doc.num_len(i + 1)) && name_ok(i + 2) {
        let mut e = i + 2;
        if is_word_in(doc, e + 1, &STREET_SUFFIXES) {
            e += 1;
        }
        return Some((
            e,
            0.8,
            "address.street",
            "Looks like a street address: a direction, a house number and a street name",
        ));
    }
    let num_ok = match t.kind {
        TokKind::Num => (1..=6).contains(&doc.num_len(i)),
        TokKind::Mixed => {
            let s = doc.tok_text(i);
            s.len() <= 7
                && s.starts_with(|c: char| c.is_ascii_digit())
                && s.chars().filter(|c| c.is_alphabetic()).count() == 1
                && !doc.lower(i).ends_with("st")
                && !doc.lower(i).ends_with("nd")
                && !doc.lower(i).ends_with("rd")
                && !doc.lower(i).ends_with("th")
        }
        _ => false,
    };
    if !num_ok {
        return None;
    }
    // Not money, time, or part of a longer number.
    if i > 0
        && doc.tight(i)
        && matches!(
            doc.punct(i - 1),
            Some('$' | '.' | ',' | '/' | ':' | '-' | '#')
        )
    {
        return None;
    }
    if doc.tight(i + 1)
        && matches!(doc.punct(i + 1), Some(',' | '.' | ':' | '/' | '-'))
        && doc.num_len(i + 2) > 0
    {
        return None;
    }
    if let Some(e) = block_street_end(doc, i) {
        return Some((
            e,
            0.8,
            "address.street",
            "Looks like a block of a street: a hundred number, 'block' and a street",
        ));
    }
    let mut j = i + 1;
    // "1227 1/2 N Washington St": a half house number.
    if doc.is(j, "1")
        && doc.punct(j + 1) == Some('/')
        && doc.tight(j + 1)
        && doc.tight(j + 2)
        && doc.is(j + 2, "2")
    {
        j += 3;
    }
    let mut had_dir = false;
    if is_word_in(doc, j, &DIRECTIONS) {
        had_dir = true;
        j += 1;
        if doc.punct(j) == Some('.') {
            j += 1;
        }
    }
    // Street name words: capitalized words or ordinals (2nd), at most 4.
    let mut words = 0;
    let mut last = None;
    while words < 4 {
        let k = doc.kind(j);
        let ordinal = k == Some(TokKind::Mixed) && {
            let l = doc.lower(j);
            (l.ends_with("st") || l.ends_with("nd") || l.ends_with("rd") || l.ends_with("th"))
                && l.starts_with(|c: char| c.is_ascii_digit())
        };
        // "2109 e providence ave": after a number and a direction, a street
        // written in lowercase in a mixed-case note still counts (a street
        // type must end it).
        let name_word = k == Some(TokKind::Word)
            && (doc.capitalized(j) || doc.case != super::tokens::CaseMode::Mixed || had_dir);
        if !(ordinal || name_word) {
            break;
        }
        if words > 0 && is_word_in(doc, j, &STREET_SUFFIXES) {
            let mut e = j;
            let dot = usize::from(doc.punct(j + 1) == Some('.') && doc.tight(j + 1));
            if is_word_in(doc, e + 1 + dot, &DIRECTIONS)
                && doc.toks.get(e + 1).is_some_and(|t| !t.newline_before)
                && (doc.all_caps(e + 1) || doc.capitalized(e + 1))
                && doc.tok_text(e + 1 + dot).len() <= 2
            {
                e += 1 + dot;
            }
            return Some((
                e,
                0.92,
                "address.street",
                "Looks like a street address: a house number, street name and street type",
            ));
        }
        last = Some(j);
        words += 1;
        j += 1;
        // "Ford-Wellpinit Rd": a hyphenated street name.
        if doc.punct(j) == Some('-') && doc.tight(j) && doc.tight(j + 1) && doc.capitalized(j + 1) {
            j += 1;
        }
    }
    // Without a suffix: "1810 E Sprague" needs a direction and a capitalized name.
    let last = last?;
    if had_dir && doc.case == super::tokens::CaseMode::Mixed && words <= 2 && doc.capitalized(last)
    {
        let w = doc.lower(last);
        if super::names::is_common_word(w) && words == 1 {
            return None;
        }
        // "now staying at her cousin's place, 1114 E Nora": after a word of
        // staying, the street's name is no given name.
        let conf = if stay_cue_before(doc, i) { 0.8 } else { 0.75 };
        return Some((
            last,
            conf,
            "address.street",
            "Looks like a street address: a house number, a direction and a street name",
        ));
    }
    None
}

/// "clt moved to E 2114 Glass, lower unit", "staying at N 3402 Post", "the
/// house at N 4507 Cook": right after a move, a stay or a dwelling, a
/// Spokane-style address whose street name is also a common word is still
/// an address.
fn moved_or_staying_at(doc: &Doc, i: usize) -> bool {
    i >= 2
        && (doc.is(i - 1, "to")
            && doc
                .tok_text(i - 2)
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("mov"))
            || doc.is(i - 1, "at") && stay_cue_before(doc, i)
            // "sells from the house at N 4507 Cook": a dwelling's address.
            || doc.is(i - 1, "at") && is_one_of(doc, i - 2, DWELLINGS))
}

/// Dwellings whose address follows "at" ("the house at N 4507 Cook").
const DWELLINGS: &[&str] = &["apartment", "apt", "duplex", "home", "house", "trailer"];

/// "abandoned house, 1500 blk E Wellesley", "the 300 block of W 2nd": a
/// hundred number, "blk" or "block" (and "of"), then a street shown as one
/// by a direction, an ordinal or a street type ("the 300 block party" is
/// none). The last token of the street, from the number at token `i`.
fn block_street_end(doc: &Doc, i: usize) -> Option<usize> {
    if !(doc.is(i + 1, "blk") || doc.is(i + 1, "block"))
        || doc.kind(i) != Some(TokKind::Num)
        || doc.num_len(i) < 3
        || !doc.tok_text(i).ends_with("00")
    {
        return None;
    }
    let mut j = i + 2 + usize::from(doc.is(i + 2, "of"));
    let dir = is_word_in(doc, j, &DIRECTIONS) && doc.tok_text(j).len() <= 2;
    if dir {
        j += 1 + usize::from(doc.punct(j + 1) == Some('.'));
    }
    let ordinal = |k: usize| {
        doc.kind(k) == Some(TokKind::Mixed) && {
            let l = doc.lower(k);
            l.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|x| l.ends_with(x))
        }
    };
    let lower = doc.lowercase_style || doc.case == CaseMode::Lower;
    let name = |k: usize| {
        ordinal(k)
            || doc.kind(k) == Some(TokKind::Word)
                && (doc.capitalized(k) || lower)
                && !is_word_in(doc, k, &STREET_SUFFIXES)
                && doc.toks.get(k).is_some_and(|t| !t.newline_before)
    };
    if !name(j) {
        return None;
    }
    let mut e = j;
    if !ordinal(e) && name(e + 1) && !dir {
        e += 1;
    }
    let suffix = is_word_in(doc, e + 1, &STREET_SUFFIXES);
    if suffix {
        e += 1;
    }
    (dir || suffix || ordinal(j)).then_some(e)
}

/// Words that can lead to a street corner.
pub(crate) const CORNER_LEADS: Phrases = Phrases {
    id: 29,
    list: &["at", "by", "corner", "intersection", "near", "off", "on"],
};

/// Unit words: Apt 4B, Unit 12, Suite 200, Lot 14.
pub(crate) const UNIT_WORDS: Phrases = Phrases {
    id: 30,
    list: &[
        "apartment",
        "apt",
        "lot",
        "space",
        "spc",
        "ste",
        "suite",
        "trailer",
        "trlr",
        "unit",
    ],
};

/// "corner of 5th and Division", "at Division & Sprague", "near 3rd/Maple".
fn intersection_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    context::phrase_at_tok(doc, i, &CORNER_LEADS)?;
    let strong = doc.is(i, "corner") && doc.is(i + 1, "of")
        || doc.is(i, "intersection") && doc.is(i + 1, "of");
    let weak = ["at", "near", "by", "off", "on"]
        .iter()
        .any(|w| doc.is(i, w));
    if !strong && !weak {
        return None;
    }
    let mut a = if strong { i + 2 } else { i + 1 };
    // "on E 14th and Ray": a direction before the first street.
    let first = a;
    if is_word_in(doc, a, &DIRECTIONS) && doc.tok_text(a).len() <= 2 {
        a += 1;
    }
    let street = |k: usize| -> bool {
        let w = doc.tok_text(k);
        let ordinal = doc.kind(k) == Some(TokKind::Mixed) && {
            let l = w.to_ascii_lowercase();
            l.starts_with(|c: char| c.is_ascii_digit())
                && (l.ends_with("st")
                    || l.ends_with("nd")
                    || l.ends_with("rd")
                    || l.ends_with("th"))
        };
        ordinal || doc.capitalized(k) && !doc.all_caps(k)
    };
    if !street(a) {
        return None;
    }
    let mut m = a + 1;
    if is_word_in(doc, m, &STREET_SUFFIXES) {
        m += 1;
    }
    if !(doc.is(m, "and") || matches!(doc.punct(m), Some('&' | '/'))) {
        return None;
    }
    let b = m + 1;
    if !street(b) {
        return None;
    }
    let mut e = b;
    if is_word_in(doc, b + 1, &STREET_SUFFIXES) {
        e = b + 1;
    }
    // Without "corner of", one side must look like a street (2nd, Ave).
    let streety =
        |k: usize| doc.kind(k) == Some(TokKind::Mixed) || is_word_in(doc, k + 1, &STREET_SUFFIXES);
    if !(strong || streety(a) || streety(b)) {
        return None;
    }
    Some((first, e))
}

/// PO Box 123, P.O. Box 123, POB 123.
fn po_box_at(doc: &Doc, i: usize) -> Option<(usize, f32, &'static str, &'static str)> {
    let mut j = i;
    if doc.is(i, "po") || doc.is(i, "pob") {
        j += 1;
    } else if doc.is(i, "p") && doc.punct(i + 1) == Some('.') && doc.is(i + 2, "o") {
        j = i + 3;
        if doc.punct(j) == Some('.') {
            j += 1;
        }
    } else {
        return None;
    }
    if doc.punct(j) == Some('.') {
        j += 1;
    }
    if doc.is(j, "box") {
        j += 1;
    } else if !doc.is(i, "pob") {
        return None;
    }
    if doc.punct(j) == Some('#') {
        j += 1;
    }
    matches!(doc.kind(j), Some(TokKind::Num | TokKind::Mixed)).then_some((
        j,
        0.92,
        "address.po_box",
        "Looks like a PO box",
    ))
}

/// After a street: ", Apt 4B", "#12", ", Spokane, WA 99201".
fn extend_unit_city(doc: &Doc, mut e: usize) -> usize {
    let mut j = e + 1;
    if doc.punct(j) == Some('.') && doc.punct(j + 1) == Some(',') {
        j += 1;
    }
    if doc.punct(j) == Some(',') {
        j += 1;
    }
    if let Some(u) = unit_at(doc, j, true) {
        e = u;
        j = e + 1;
        if doc.punct(j) == Some(',') {
            j += 1;
        }
    }
    // City (1-3 capitalized words), optional comma, state, zip.
    let mut k = j;
    let mut words = 0;
    while words < 3
        && doc.kind(k) == Some(TokKind::Word)
        && (doc.capitalized(k) || doc.case != super::tokens::CaseMode::Mixed)
        && !is_word_in(doc, k, &STATES)
    {
        k += 1;
        words += 1;
    }
    if words > 0 {
        let mut m = k;
        if doc.punct(m) == Some(',') {
            m += 1;
        }
        if is_word_in(doc, m, &STATES) {
            e = m;
            if doc.num_len(m + 1) == 5 {
                e = m + 1;
                if doc.punct(m + 2) == Some('-') && doc.num_len(m + 3) == 4 {
                    e = m + 3;
                }
            }
        } else if doc.num_len(m) == 5 {
            e = m;
        }
    } else if is_word_in(doc, j, &STATES) && doc.num_len(j + 1) == 5 {
        e = j + 1;
    } else if doc.num_len(j) == 5 {
        e = j;
    }
    e
}

/// Apt 4B, Unit 12, #12 (after an address only), Suite 200, Lot 14.
fn unit_at(doc: &Doc, i: usize, allow_hash: bool) -> Option<usize> {
    let w = doc.tok_text(i);
    if w.len() > 9 {
        return None;
    }
    let word = context::phrase_at_tok(doc, i, &UNIT_WORDS).is_some_and(|p| p.len() == w.len());
    if !(word || allow_hash && doc.punct(i) == Some('#')) {
        return None;
    }
    let mut j = i + 1;
    if doc.punct(j) == Some('.') || doc.punct(j) == Some('#') {
        j += 1;
    }
    if doc.punct(j) == Some('#') {
        j += 1;
    }
    let k = doc.kind(j)?;
    let v = doc.tok_text(j);
    let ok = match k {
        TokKind::Num => v.len() <= 5,
        TokKind::Mixed => v.len() <= 5,
        TokKind::Word => v.len() == 1 && doc.all_caps(j),
        TokKind::Punct => false,
    };
    if !ok {
        return None;
    }
    // "#" alone only directly before digits and after an address; the caller decides.
    if !word {
        return doc.tight(j).then_some(j);
    }
    // A bare "unit 3" in "the unit 3 times"? require no following unit of measure.
    if is_one_of(
        doc,
        j + 1,
        &[
            "times", "people", "months", "days", "weeks", "years", "hours", "dollars",
        ],
    ) {
        return None;
    }
    Some(j)
}

/// Spokane, WA 99201 / Spokane WA 99201-1234.
fn city_zip_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if !doc.capitalized(i) && doc.case == super::tokens::CaseMode::Mixed {
        return None;
    }
    // Cheap test first: a 5-digit ZIP code within the next few tokens.
    if !(i + 2..i + 7).any(|k| doc.num_len(k) == 5) {
        return None;
    }
    if doc.kind(i) != Some(TokKind::Word)
        || is_word_in(doc, i, &STATES)
        || super::names::is_common_word(doc.tok_text(i))
    {
        return None;
    }
    let mut j = i + 1;
    let mut words = 1;
    while words < 3
        && doc.kind(j) == Some(TokKind::Word)
        && !is_word_in(doc, j, &STATES)
        && (doc.capitalized(j) || doc.case != super::tokens::CaseMode::Mixed)
    {
        j += 1;
        words += 1;
    }
    let comma = doc.punct(j) == Some(',');
    if comma {
        j += 1;
    }
    if !is_word_in(doc, j, &STATES) || doc.num_len(j + 1) != 5 {
        return None;
    }
    // "Client ID 82830": ID is also Idaho; require "City, ID".
    if doc.is(j, "id") && !comma {
        return None;
    }
    let mut e = j + 1;
    if doc.punct(e + 1) == Some('-') && doc.num_len(e + 2) == 4 {
        e += 2;
    }
    Some((i, e))
}

/// "a studio at w 1207 6th ave apt 4", "W 1207 6th Ave": a Spokane-style
/// direction letter before the house number belongs to the address.
/// Returns the token the address starts at.
fn direction_before(doc: &Doc, i: usize) -> usize {
    let dir = i >= 1
        && doc.num_len(i) > 0
        && ["n", "s", "e", "w"].iter().any(|w| doc.is(i - 1, w))
        && !doc.toks[i].newline_before
        // "Apt 4 E 1207 ...", "3 N 1207": not after another number.
        && (i < 2 || doc.num_len(i - 2) == 0);
    if dir {
        i - 1
    } else {
        i
    }
}

/// "in Spokane 99207", "evicted from Spokane Valley 99206 apt": a city of
/// one or two capitalized words and a Washington ZIP (98xxx, 99xxx) with no
/// state between them. Returns the ZIP's token.
fn city_wa_zip(doc: &Doc, i: usize) -> Option<usize> {
    let zip = if doc.num_len(i + 1) == 5 {
        i + 1
    } else if doc.num_len(i + 2) == 5 && doc.kind(i + 1) == Some(TokKind::Word) {
        i + 2
    } else {
        return None;
    };
    let z = doc.tok_text(zip);
    if !(z.starts_with("98") || z.starts_with("99"))
        || doc.kind(i) != Some(TokKind::Word)
        || !(i..zip).all(|k| doc.capitalized(k))
        || super::names::is_common_word(doc.tok_text(i))
        || is_word_in(doc, i, &STATES)
        // "99201-1234" or "99201.5": not a bare ZIP.
        || matches!(doc.punct(zip + 1), Some('-' | '.' | '/'))
            && doc.num_len(zip + 2) > 0
    {
        return None;
    }
    Some(zip)
}

/// Words of a question about where the client can be found.
pub(crate) const PLACE_QUESTION: Phrases = Phrases {
    id: 23,
    list: &[
        "easiest to find",
        "find you",
        "found",
        "live",
        "located",
        "sleep",
        "stay",
        "where",
    ],
};

pub(crate) const PLACE_VERBS: Phrases = Phrases {
    id: 11,
    list: &[
        "current location",
        "checked in with",
        "can be found",
        "camping",
        "camped",
        "camps",
        "camp",
        "easiest to find",
        "find them",
        "find her",
        "find him",
        "find me",
        "found",
        "hanging out",
        "hangs out",
        "i'm",
        "im",
        "location",
        "located",
        "living",
        "lives",
        "moving to",
        "moved to",
        "move to",
        "panhandling",
        "panhandles",
        "parked",
        "parks",
        "squatting",
        "sleeping",
        "staying",
        "sleeps",
        "stayed",
        "still",
        "sleep",
        "slept",
        "stays",
        "spot",
        "to find",
        "tent",
        "where to find",
    ],
};

pub(crate) const PLACE_PREPS: Phrases = Phrases {
    id: 12,
    list: &[
        "across from",
        "at",
        "behind",
        "beside",
        "by",
        "in",
        "next to",
        "near",
        "outside",
        "off",
        "on",
        "underneath",
        "under",
    ],
};

/// "camping under the Division St bridge", "sleeps behind the Walmart on Francis".
fn place_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let v = context::phrase_at_tok(doc, i, &PLACE_VERBS)?;
    let mut j = doc.tok_at(doc.toks.get(i)?.start + v.len());
    // "still under the bridge", "im at the safeway": only right before a
    // preposition of place ("still on the waitlist" is no place).
    if matches!(v, "still" | "im" | "i'm")
        && !["under", "at", "behind", "by", "near", "outside"]
            .iter()
            .any(|p| doc.is(j, p))
    {
        return None;
    }
    // Skip a few small words ("out", "her car", "most nights").
    let mut skipped = 0;
    // "Current location: the Rodeway Inn", "where to find: under the bridge".
    if doc.punct(j) == Some(':') {
        if context::phrase_at_tok(doc, j + 1, &PLACE_PREPS).is_some() {
            j += 1;
        } else if doc.is(j + 1, "the") {
            let last = landmark_from(doc, j)?;
            return (last > j + 2).then_some((j + 1, last));
        } else if doc.kind(j + 1) == Some(TokKind::Word) {
            // "SLEEPS: CAR (SILVER BUICK, PLATE BWZ2210) AT THE FRED MEYER".
            j += 1;
        }
    }
    // "staying with bf Kevin Coj at the Quality Inn": a few words, a
    // companion's name among them, before the place.
    while skipped < 6 && context::phrase_at_tok(doc, j, &PLACE_PREPS).is_none() {
        // "sleeping in her Buick (plate AKX7730) at the Fred Meyer lot".
        if doc.punct(j) == Some('(') {
            let close = (j + 1..j + 10).find(|&k| doc.punct(k) == Some(')'))?;
            j = close + 1;
            skipped += 1;
            continue;
        }
        // "Where do you sleep most frequently: under the bridge",
        // "where sleep: outdoors - under the Sunset Blvd overpass".
        // "Where do you sleep? Outdoors - under the I-90 overpass".
        if (matches!(doc.punct(j), Some(':' | '?')) || doc.punct(j) == Some('-') && !doc.tight(j))
            && skipped > 0
        {
            j += 1;
            continue;
        }
        // `Outdoors - "by the old Playfair racetrack on Altamont"`: the
        // answer quoted.
        if matches!(doc.punct(j), Some('"' | '“' | '\'' | '‘')) && skipped > 0 {
            j += 1;
            continue;
        }
        // "sleeps: crosswalk most nights, sometimes the skate park by the
        // arena": a second place, named after a hedge, with no preposition.
        if doc.punct(j) == Some(',') && skipped > 0 && is_one_of(doc, j + 1, HEDGES) {
            if !doc.is(j + 2, "the") {
                return None;
            }
            let last = landmark_from(doc, j + 1)?;
            return (last > j + 3).then_some((j + 2, last));
        }
        // "? Outdoors - under ...": a one-word answer before the place.
        let answer_word =
            j > 0 && matches!(doc.punct(j - 1), Some(':' | '?')) && doc.punct(j + 1) == Some('-');
        if doc.kind(j) != Some(TokKind::Word)
            || doc.case == super::tokens::CaseMode::Mixed
                && doc.capitalized(j)
                && !answer_word
                && !(skipped > 0 && doc.is(j - skipped, "with"))
        {
            return None;
        }
        j += 1;
        skipped += 1;
    }
    // "sleeping in his car (2009 camry) near the Walmart on N Division": when
    // the first preposition names nothing, the next one may.
    for _ in 0..3 {
        let prep = context::phrase_at_tok(doc, j, &PLACE_PREPS)?;
        if let Some(last) = landmark_from(doc, j) {
            // "lives in Deer Park": a bare town or neighbourhood, with no number and
            // no place noun, is not a findable place.
            if prep == "in"
                && (j + 1..=last).all(|k| {
                    (doc.capitalized(k) || doc.is(k, "the")) && !is_one_of(doc, k, PLACE_NOUNS)
                })
            {
                return None;
            }
            // "the Motel 6 on Rustle St, rm 118", "Ponderosa RV Park, site 14".
            // "the Budget Inn, Sunset Hwy, room 8": the street between.
            let mut at = last;
            if doc.punct(at + 1) == Some(',')
                && doc.capitalized(at + 2)
                && is_word_in(doc, at + 3, &STREET_SUFFIXES)
                && doc.punct(at + 4) == Some(',')
            {
                at += 3;
            }
            let room = doc.punct(at + 1) == Some(',')
                && ["rm", "room", "site", "space", "lot", "unit", "apt", "#"]
                    .iter()
                    .any(|w| doc.is(at + 2, w) || doc.punct(at + 2) == Some('#'))
                && doc.num_len(at + 3) > 0;
            return Some((j, if room { at + 3 } else { last }));
        }
        // Past the words of the first place, to the next preposition:
        // over a vehicle in brackets ("in her car (2009 Camry, plate
        // CHK7714) behind the Yoke's") and a comma before "mostly".
        let mut k = j + 1;
        while k < j + 12 && context::phrase_at_tok(doc, k, &PLACE_PREPS).is_none() {
            if doc.punct(k) == Some('(') {
                match (k + 1..k + 14).find(|&c| doc.punct(c) == Some(')')) {
                    Some(c) => {
                        k = c + 1;
                        continue;
                    }
                    None => return None,
                }
            }
            // "in her 2015 Odyssey, plate CMN4408, at the Mirabeau park and
            // ride": over the plate between commas.
            if let Some(after) = plate_aside(doc, k) {
                k = after;
                continue;
            }
            let hedge = doc.punct(k) == Some(',') && is_one_of(doc, k + 1, HEDGES);
            if !hedge && matches!(doc.punct(k), Some('.' | ',' | ';' | '!' | '?'))
                || doc.toks.get(k).map_or(true, |t| t.newline_before)
            {
                return None;
            }
            k += 1;
        }
        j = k;
    }
    None
}

/// Words after a comma that lead on to another place ("in her car, mostly
/// behind the Yoke's", "crosswalk most nights, sometimes the skate park").
const HEDGES: &[&str] = &[
    "mostly",
    "usually",
    "sometimes",
    "or",
    "but",
    "now",
    "currently",
];

/// A plate between commas at token `k` (", plate CMN4408,", ", license
/// plate AKE7745,"): the token after the closing comma.
fn plate_aside(doc: &Doc, k: usize) -> Option<usize> {
    if doc.punct(k) != Some(',') {
        return None;
    }
    (k + 1..k + 4).find(|&p| doc.is(p, "plate") || doc.is(p, "plates"))?;
    (k + 2..k + 8)
        .find(|&c| doc.punct(c) == Some(','))
        .map(|c| c + 1)
}

/// Structures that carry a street's name and that people camp under.
const STRUCTURES: &[&str] = &[
    "bridge",
    "overpass",
    "underpass",
    "viaduct",
    "trestle",
    "on-ramp",
    "off-ramp",
];

/// Words that end the side of a structure: "on the south side", "by the
/// falls", "near the rail yard".
const SIDE_WORDS: &[&str] = &[
    "bank", "end", "falls", "side", "stairs", "steps", "tracks", "yard",
];

/// "the Freya St overpass by the tracks", "maple st bridge", "Sunset Hwy
/// overpass at Government Way", "the Peaceful Valley underpass by Main": a
/// bridge or overpass named by its street is a findable place wherever it
/// is written, without a verb of sleeping before it ("now under ...",
/// "checked on the kids under ..."). Returns the first and last token.
fn structure_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let first = i;
    let mut j = i;
    if doc.is(j, "the") {
        j += 1;
    }
    // The name: capitalized words, numbers ("I-90"), then maybe a street type.
    let name_start = j;
    let mut suffix = false;
    while j < name_start + 4 {
        let k = doc.kind(j);
        if j > name_start && is_word_in(doc, j, &STREET_SUFFIXES) {
            suffix = true;
            j += 1;
            if doc.punct(j) == Some('.') && doc.tight(j) {
                j += 1;
            }
            break;
        }
        let cap = k == Some(TokKind::Word)
            && doc.capitalized(j)
            && !(doc.all_caps(j) && doc.case == CaseMode::Mixed && doc.tok_text(j).len() > 1);
        let num = matches!(k, Some(TokKind::Num | TokKind::Mixed));
        // "I-90": a tight hyphen inside the name.
        let hyphen =
            j > name_start && doc.punct(j) == Some('-') && doc.tight(j) && doc.tight(j + 1);
        // "maple st bridge": a lowercase name only right before a street type.
        let lower = k == Some(TokKind::Word)
            && !doc.capitalized(j)
            && is_word_in(doc, j + 1, &STREET_SUFFIXES)
            && !["the", "a", "an", "old", "new", "this", "that", "same"]
                .iter()
                .any(|w| doc.is(j, w));
        if !(cap || num || hyphen || lower) || is_one_of(doc, j, STRUCTURES) {
            break;
        }
        j += 1;
    }
    if j == name_start || !is_one_of(doc, j, STRUCTURES) {
        return None;
    }
    // In a note in capitals every word is capitalized: a street type or a
    // number must show the name is a street's.
    let numbered = (name_start..j).any(|k| matches!(doc.kind(k), Some(TokKind::Num)));
    if doc.case == CaseMode::Upper && !suffix && !numbered {
        return None;
    }
    // A lone capitalized common word ("the Old bridge", "The bridge") is no name.
    if !suffix
        && !numbered
        && j == name_start + 1
        && super::names::is_common_word(doc.tok_text(name_start))
    {
        return None;
    }
    // "'Rose Street Bridge Housing'": part of a longer name (a program's).
    if doc.case == CaseMode::Mixed
        && doc.kind(j + 1) == Some(TokKind::Word)
        && doc.capitalized(j + 1)
        && doc.toks.get(j + 1).is_some_and(|t| !t.newline_before)
    {
        return None;
    }
    let mut last = j;
    // "by the tracks", "on the south side", "at Government Way", "by Trent".
    if ["by", "near", "on", "at", "off", "under", "below", "above"]
        .iter()
        .any(|p| doc.is(last + 1, p))
        && doc.toks.get(last + 1).is_some_and(|t| !t.newline_before)
    {
        let mut k = last + 2;
        let mut end = None;
        // In capitals every word looks like a name: one word only.
        let max = if doc.case == CaseMode::Upper {
            k + 1 + usize::from(doc.is(k, "the"))
        } else {
            last + 6
        };
        while k < max {
            let Some(t) = doc.toks.get(k) else { break };
            let ordinal = t.kind == TokKind::Mixed && {
                let l = doc.lower(k);
                ["st", "nd", "rd", "th"].iter().any(|x| l.ends_with(x))
            };
            if t.newline_before || !(t.kind == TokKind::Word || ordinal) {
                break;
            }
            let word = t.kind == TokKind::Word;
            if word && !doc.capitalized(k) && !is_one_of(doc, k, SIDE_WORDS) {
                // Small words inside ("the south side"), nothing else.
                if !["the", "south", "north", "east", "west", "rail", "river"]
                    .iter()
                    .any(|w| doc.is(k, w))
                {
                    break;
                }
            } else {
                end = Some(k);
            }
            k += 1;
        }
        if let Some(e) = end {
            last = e;
        }
    }
    // "Meet at the Division St bridge at 9am", "... on Saturdays": a
    // meeting point on a schedule, not where one person stays.
    if schedule_in(doc, last + 1, last + 4)
        || (first.saturating_sub(3)..first).any(|k| doc.is(k, "meet"))
    {
        return None;
    }
    Some((first, last))
}

/// Whether a time or a weekly day is among tokens `from..to` ("at 9am",
/// "on Tuesdays", "Thursdays 1-3pm", "every Friday"): a place on an
/// announced schedule, not where one person stays ("since Monday" is no
/// schedule).
fn schedule_in(doc: &Doc, from: usize, to: usize) -> bool {
    const DAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    (from..to.min(doc.toks.len())).any(|m| {
        let w = doc.lower(m);
        let day = |d: &str| DAYS.contains(&d);
        w.strip_suffix('s').is_some_and(day)
            || day(w) && m > 0 && (doc.is(m - 1, "on") || doc.is(m - 1, "every"))
            || doc.kind(m) == Some(TokKind::Mixed)
                && (w.ends_with("am") || w.ends_with("pm"))
                && w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Words before a place, in its sentence, that say someone stays there.
const STAY_CUES: &[&str] = &[
    "camp",
    "car",
    "checked",
    "currently",
    "found",
    "live",
    "lives",
    "living",
    "motel",
    "nights",
    "park",
    "placed",
    "sleep",
    "stay",
    "truck",
    "van",
    "where",
];

/// Whether a word of [`STAY_CUES`] (or a form of it: "sleeping",
/// "staying", "camped", "parks") is in the sentence before token `i`.
fn stay_cue_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && k + 30 > i {
        k -= 1;
        if matches!(doc.punct(k), Some('.' | '!' | ';')) {
            return false;
        }
        let w = doc.lower(k);
        if STAY_CUES.iter().any(|c| {
            w.strip_prefix(c)
                .is_some_and(|rest| ["", "s", "ed", "ing", "in"].contains(&rest))
        }) {
            return true;
        }
    }
    false
}

/// Lodging words: a motel named with its street is where someone stays.
const LODGING: &[&str] = &["hotel", "inn", "lodge", "motel", "suites"];

/// "the Rosauers on 29th", "Motel 6 on Sunset, rm 218", "the Grocery Outlet
/// lot on Hamilton", "Days Inn airport, rm 219", "the 24hr laundromat on
/// Hamilton", "the skatepark by the Arena": a named business or lot with
/// its street or room, written without a preposition right before it
/// ("Placed in motel via DV flex: Motel 6 on Sunset"). A motel or a lot is
/// a place by itself; any other name needs a word of staying earlier in
/// the sentence. Returns the first and last token.
fn named_place_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if doc.is(j, "the") {
        j += 1;
    }
    let name_start = j;
    let upper = doc.case == CaseMode::Upper;
    // The name: capitalized words and numbers ("Motel 6", "24hr").
    while j < name_start + 5
        && (doc.kind(j) == Some(TokKind::Word) && doc.capitalized(j) && !doc.is(j, "the")
            || doc.kind(j) == Some(TokKind::Num) && doc.num_len(j) <= 4
            || doc.punct(j) == Some('-') && j > name_start && doc.tight(j) && doc.is(j + 1, "hr")
            || doc.kind(j) == Some(TokKind::Mixed) && doc.lower(j).ends_with("hr")
            // "the 24-hr Denny's".
            || doc.is(j, "hr") && j > name_start && doc.punct(j - 1) == Some('-') && doc.tight(j))
        && context::phrase_at_tok(doc, j, &PLACE_PREPS).is_none()
        // "NORTHTOWN MALL LOT": the lot is the head, not the name.
        && !is_one_of(doc, j, &["lot", "parking"])
    {
        j += 1;
    }
    // "(the dennys on division & francis)": in a note without capitals, one
    // word that is no common word, on a street corner.
    let lower_doc = doc.case == CaseMode::Lower || doc.lowercase_style;
    if j == name_start
        && lower_doc
        && doc.is(i, "the")
        && doc.kind(j) == Some(TokKind::Word)
        && !super::names::is_common_word(doc.tok_text(j))
        && doc.is(j + 1, "on")
        && corner_end(doc, j + 2).is_some()
    {
        j += 1;
    }
    // A name has a word in it ("Motel 6", not "00, Room 210").
    let named = (name_start..j).any(|k| doc.kind(k) == Some(TokKind::Word));
    // Then place nouns: "lot", "library lot", "laundromat", "skatepark";
    // "Manito Park upper lot": a side of it before the noun.
    if j > name_start
        && is_one_of(
            doc,
            j,
            &[
                "upper", "lower", "back", "front", "north", "south", "east", "west",
            ],
        )
        && is_one_of(doc, j + 1, &["lot", "parking"])
    {
        j += 1;
    }
    let head_start = j;
    // "the motel on E Sprague", "the lot on Trent": a place with no name on
    // a street with no number is not findable; a laundromat or a skatepark
    // on its street is. (Asked before the place nouns: most tokens start
    // no name, and this spares them the list lookups below.)
    if !named && !is_one_of(doc, head_start, &["laundromat", "skatepark"]) {
        return None;
    }
    while j < head_start + 2
        && (is_one_of(doc, j, PLACE_NOUNS) || is_one_of(doc, j, &["laundromat", "skatepark"]))
    {
        j += 1;
    }
    let heads = j - head_start;
    // Cheap necessary condition for the end below (`located || lot`): a
    // lot is one of the heads, and a place is located only by a street
    // after "on/off/at/by" or by ", rm 219" (maybe after one word). Most
    // capitalized words fail it, sparing them the list lookups that follow.
    let r = j + usize::from(doc.kind(j) == Some(TokKind::Word) && doc.punct(j + 1) == Some(','));
    if heads == 0
        && !["on", "off", "at", "by"].iter().any(|p| doc.is(j, p))
        && doc.punct(r) != Some(',')
    {
        return None;
    }
    let in_name = |list: &[&str]| (name_start..j).any(|k| is_one_of(doc, k, list));
    let lodging = in_name(LODGING);
    let lot = (head_start..j).any(|k| is_one_of(doc, k, &["lot", "parking"]));
    // A shelter, a church or an office is the agency's own place.
    if in_name(&[
        "army",
        "center",
        "centre",
        "charities",
        "church",
        "clinic",
        "house",
        "office",
        "shelter",
        "ywca",
        "ymca",
        "dshs",
        "library",
    ]) && !lot
    {
        return None;
    }
    // A lone common word ("The Park on ...", "Meet on ...") is no name;
    // on a street corner it is ("the Shell on Hamilton & Mission").
    let on_corner = doc.is(j, "on") && corner_end(doc, j + 1).is_some();
    if named
        && !on_corner
        && heads == 0
        && j == name_start + 1
        && doc.kind(name_start) == Some(TokKind::Word)
        && super::names::is_common_word(doc.tok_text(name_start))
        && !lodging
    {
        return None;
    }
    if upper && !(lodging || lot) {
        return None;
    }
    let mut last = j - 1;
    let mut located = false;
    let mut roomed = false;
    // The street: "on 29th", "off Hayford Rd", "on E Sprague", "on Hwy 2",
    // "by the Arena".
    if ["on", "off", "at", "by"].iter().any(|p| doc.is(j, p)) {
        let mut k = j + 1;
        if doc.is(j, "by") && doc.is(k, "the") {
            k += 1;
        }
        if is_word_in(doc, k, &DIRECTIONS) && doc.tok_text(k).len() <= 2 {
            k += 1;
        }
        let ordinal = doc.kind(k) == Some(TokKind::Mixed) && {
            let l = doc.lower(k);
            ["st", "nd", "rd", "th"].iter().any(|x| l.ends_with(x))
        };
        // "by the Arena": a landmark, capitalized after "the".
        let landmark = doc.is(j, "by") && doc.is(k - 1, "the");
        let street = ordinal
            || doc.kind(k) == Some(TokKind::Word)
                && doc.capitalized(k)
                && (landmark || !super::names::is_common_word(doc.tok_text(k)))
            || is_one_of(doc, k, &["hwy", "highway", "sunset", "division", "main"]);
        if let Some(e) = corner_end(doc, k).filter(|_| doc.is(j, "on")) {
            last = e;
            located = true;
        } else if street {
            last = k;
            if doc.is(k, "hwy") || doc.is(k, "highway") {
                if doc.num_len(k + 1) > 0 {
                    last = k + 1;
                }
            } else if is_word_in(doc, k + 1, &STREET_SUFFIXES) {
                last = k + 1;
            }
            // "the Rosauers on 29th lot".
            if is_one_of(doc, last + 1, &["lot"]) {
                last += 1;
            }
            located = true;
        }
    }
    // "Days Inn airport, rm 219", "Ponderosa RV Park, site 14".
    let mut r = last + 1;
    if !located && doc.kind(r) == Some(TokKind::Word) && doc.punct(r + 1) == Some(',') {
        r += 1;
    }
    if doc.punct(r) == Some(',')
        && ["rm", "room", "site", "space", "lot", "unit"]
            .iter()
            .any(|w| doc.is(r + 1, w))
        && doc.num_len(r + 2) > 0
    {
        last = r + 2;
        located = true;
        // "the Valley Mission RV park, site 22": a campsite is a place by
        // itself; a room or a unit needs a motel's name.
        roomed = doc.is(r + 1, "site") || doc.is(r + 1, "space");
    }
    // "NORTHTOWN MALL LOT": a lot named by two words or more, alone.
    if !(located || lot && head_start >= name_start + 2) {
        return None;
    }
    if schedule_in(doc, i, last + 4) {
        return None;
    }
    if !(lodging
        || lot
        || roomed
        || stay_cue_before(doc, i)
        || stay_cue_after(doc, last)
        || nights_after(doc, last)
        || work_before(doc, i))
    {
        return None;
    }
    Some((i, last))
}

/// "the 24-hr Denny's on Division most nights": nights spent at the place
/// before it.
fn nights_after(doc: &Doc, last: usize) -> bool {
    ["most", "every", "some", "many", "all"]
        .iter()
        .any(|w| doc.is(last + 1, w))
        && ["nights", "night"].iter().any(|w| doc.is(last + 2, w))
}

/// Whether token `k` ends a two-word place noun: "post office" (any
/// other office is an agency's), "bus shelter" (any other shelter is an
/// agency's), "bus stop".
fn two_word_place(doc: &Doc, k: usize) -> bool {
    k > 0
        && (doc.is(k, "office") && doc.is(k - 1, "post")
            || (doc.is(k, "shelter") || doc.is(k, "stop")) && doc.is(k - 1, "bus"))
}

/// "SLEEPS: bus shelter at Division & Mission", "bench on Hamilton &
/// Mission": a bus shelter, a bus stop or a bench at a street corner,
/// after a word of staying, is where the person sleeps (the shelter is no
/// agency's).
fn stop_at_corner(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let head = if doc.is(i, "bus") && ["shelter", "stop"].iter().any(|w| doc.is(i + 1, w)) {
        i + 1
    } else if doc.is(i, "bench") {
        i
    } else {
        return None;
    };
    if !["at", "on", "by"].iter().any(|w| doc.is(head + 1, w)) {
        return None;
    }
    let e = corner_end(doc, head + 2)?;
    stay_cue_before(doc, i).then_some((i, e))
}

/// The last token of a street corner from token `k` ("Hamilton & Mission",
/// "E 14th and Ray", "division & francis" in a note without capitals).
fn corner_end(doc: &Doc, k: usize) -> Option<usize> {
    let lower_doc = doc.case == CaseMode::Lower || doc.lowercase_style;
    let street = |k: usize| {
        let ordinal = doc.kind(k) == Some(TokKind::Mixed) && {
            let l = doc.lower(k);
            l.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|x| l.ends_with(x))
        };
        ordinal
            || doc.kind(k) == Some(TokKind::Word)
                && (doc.capitalized(k) || lower_doc)
                && !doc.is(k, "the")
    };
    let mut a = k;
    if is_word_in(doc, a, &DIRECTIONS) && doc.tok_text(a).len() <= 2 {
        a += 1;
    }
    if !street(a) {
        return None;
    }
    let mut m = a + 1;
    if is_word_in(doc, m, &STREET_SUFFIXES) {
        m += 1;
    }
    // In lowercase "and" joins anything; "&" or "/" joins streets.
    let joined =
        matches!(doc.punct(m), Some('&' | '/')) || doc.is(m, "and") && doc.capitalized(m + 1);
    if !joined || !street(m + 1) {
        return None;
    }
    let e = m + 1;
    Some(if is_word_in(doc, e + 1, &STREET_SUFFIXES) {
        e + 1
    } else {
        e
    })
}

/// Words of staying after a place, in its sentence.
const STAY_AFTER: &[&str] = &["camp", "live", "living", "parked", "sleep", "slept", "stay"];

/// "F/u w/ Marisela at the Rosauers on 29th, she's still sleeping in her
/// van behind the loading dock": a word of staying later in the sentence,
/// then a preposition of place or "there", with no other named place after
/// it (in a note with capitals), puts the person at the place before it
/// ("she is sleeping better" does not).
fn stay_cue_after(doc: &Doc, last: usize) -> bool {
    let mut cue = false;
    let mut placed = false;
    for k in last + 1..last + 20 {
        let Some(t) = doc.toks.get(k) else { break };
        if t.newline_before || matches!(doc.punct(k), Some('.' | '!' | ';' | '?')) {
            break;
        }
        if !cue {
            if t.kind == TokKind::Word && t.end - t.start >= 4 {
                let w = doc.lower(k);
                cue = STAY_AFTER.iter().any(|c| {
                    w.strip_prefix(c)
                        .is_some_and(|rest| ["", "s", "ed", "ing"].contains(&rest))
                });
                placed = cue
                    && (k + 1..k + 4).any(|p| {
                        doc.is(p, "there") || context::phrase_at_tok(doc, p, &PLACE_PREPS).is_some()
                    });
            }
        } else if doc.case == CaseMode::Mixed
            && (doc.capitalized(k) || matches!(t.kind, TokKind::Num | TokKind::Mixed))
        {
            return false;
        }
    }
    placed
}

/// "showed up at her work (the dennys on ...)", "his job at the Shell on
/// ...": a workplace named right after it is where the person can be found.
fn work_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    if k > 0 && doc.punct(k - 1) == Some('(') {
        k -= 1;
    }
    if k > 0 && doc.is(k - 1, "at") {
        k -= 1;
    }
    k >= 2
        && (doc.is(k - 1, "work") || doc.is(k - 1, "job"))
        && ["her", "his", "their", "my"]
            .iter()
            .any(|p| doc.is(k - 2, p))
}

/// Spanish words of sleeping, living or staying ("duerme", "durmió",
/// "vive", "se queda", "acampa"), as prefixes.
const SPANISH_STAY: &[&str] = &["acamp", "dorm", "duerm", "durm", "qued", "viv"];

/// Spanish titles and words before "de" that name a person or a saint,
/// not a business ("la Señora de Jesús").
const SPANISH_TITLES: &[&str] = &[
    "don", "doña", "dona", "señor", "senor", "señora", "senora", "sr", "sra", "virgen",
];

/// "en el Walmart de Wellesley", "en el parking del Walmart de Airway
/// Heights": in a Spanish note, a business named with its street or town
/// after "el" or "la", with a word of sleeping or living before it in the
/// sentence. Returns the first and last token.
fn spanish_place_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if !(doc.is(i, "el") || doc.is(i, "la")) {
        return None;
    }
    let mut j = i + 1;
    // "el parking del ...", "el estacionamiento de la ...".
    if is_one_of(
        doc,
        j,
        &["estacionamiento", "lote", "parking", "parqueadero"],
    ) {
        j += 1;
        if doc.is(j, "del") {
            j += 1;
        } else if doc.is(j, "de") {
            j += 1 + usize::from(doc.is(j + 1, "la") || doc.is(j + 1, "el"));
        } else {
            return None;
        }
    }
    let name_start = j;
    while j < name_start + 3 && doc.kind(j) == Some(TokKind::Word) && doc.capitalized(j) {
        j += 1;
    }
    if j == name_start
        || doc.case != CaseMode::Mixed
        || is_one_of(doc, name_start, SPANISH_TITLES)
        || !(doc.is(j, "de") || doc.is(j, "del") || doc.is(j, "en"))
    {
        return None;
    }
    // The street or the town: capitalized words or an ordinal.
    let mut last = None;
    let mut k = j + 1;
    while k < j + 3
        && (doc.kind(k) == Some(TokKind::Word) && doc.capitalized(k)
            || doc.kind(k) == Some(TokKind::Mixed)
                && doc.tok_text(k).starts_with(|c: char| c.is_ascii_digit()))
        && doc.toks.get(k).is_some_and(|t| !t.newline_before)
    {
        last = Some(k);
        k += 1;
    }
    // "el Safeway de la calle 29 y Regal": the street with its corner.
    let last = match (last, spanish_locator_end(doc, j)) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b)?,
    };
    spanish_stay_before(doc, i).then_some((i, last))
}

/// "Duerme en su carro en el parque Corbin": in a Spanish note, a park or
/// a bridge named after it, with a word of sleeping or living before it in
/// the sentence. Returns the first and last token.
fn spanish_named_park_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if !(doc.is(i, "el") || doc.is(i, "la"))
        || doc.case != CaseMode::Mixed
        || !["parque", "puente"].iter().any(|w| doc.is(i + 1, w))
    {
        return None;
    }
    let name = i + 2;
    let mut j = name;
    while j < name + 3
        && doc.kind(j) == Some(TokKind::Word)
        && doc.capitalized(j)
        && doc.toks.get(j).is_some_and(|t| !t.newline_before)
    {
        j += 1;
    }
    if j == name {
        return None;
    }
    spanish_stay_before(doc, i).then_some((i, j - 1))
}

/// Whether a Spanish word of staying is earlier in the sentence of token
/// `i` (or in the question before it).
fn spanish_stay_before(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(30)..i)
        .rev()
        .take_while(|&k| !matches!(doc.punct(k), Some('.' | '!' | ';')))
        .any(|k| {
            doc.kind(k) == Some(TokKind::Word) && {
                let w = doc.lower(k);
                SPANISH_STAY.iter().any(|c| w.starts_with(c))
            }
        })
}

/// Spanish words of place before "del" or "de la" ("detrás del", "debajo
/// del", "afuera del", "cerca del", "enfrente del", "al lado del").
const SPANISH_PLACE_PREPS: &[&str] = &[
    "afuera", "atras", "atrás", "cerca", "debajo", "delante", "detras", "detrás", "enfrente",
    "fuera", "frente", "junto", "lado",
];

/// Spanish structures and lots a place description can start with ("el
/// puente peatonal del Centennial Trail").
const SPANISH_STRUCTURES: &[&str] = &[
    "bodega",
    "edificio",
    "estacionamiento",
    "gasolinera",
    "iglesia",
    "lote",
    "parking",
    "parque",
    "puente",
    "paso",
    "techo",
    "tienda",
    "tunel",
    "túnel",
    "viaducto",
];

/// From "de", "del" or "en" at token `j`, the last token of the street,
/// park or town it names: capitalized words or a number ("de Francis Ave",
/// "de la calle 29 y Regal", "en Mission Park"), with a corner after "y".
fn spanish_locator_end(doc: &Doc, j: usize) -> Option<usize> {
    if !(doc.is(j, "de") || doc.is(j, "del") || doc.is(j, "en")) {
        return None;
    }
    let mut k = j + 1;
    if doc.is(j, "de") && (doc.is(k, "la") || doc.is(k, "el")) {
        k += 1;
    }
    let street = is_one_of(doc, k, &["avenida", "av", "ave", "calle", "carretera"]);
    if street {
        k += 1;
    }
    let part = |k: usize| {
        doc.toks.get(k).is_some_and(|t| !t.newline_before)
            && (doc.kind(k) == Some(TokKind::Word) && doc.capitalized(k)
                || doc.kind(k) == Some(TokKind::Mixed)
                    && doc.tok_text(k).starts_with(|c: char| c.is_ascii_digit())
                || street && doc.kind(k) == Some(TokKind::Num) && doc.num_len(k) <= 5)
    };
    let mut last = None;
    while k < j + 6 && part(k) {
        last = Some(k);
        k += 1;
    }
    let mut last = last?;
    // "la calle 29 y Regal": a street corner.
    if doc.is(last + 1, "y") && part(last + 2) {
        last += 2;
        while last < k + 4 && part(last + 1) {
            last += 1;
        }
    }
    Some(last)
}

/// "vive en su carro detrás del Yoke's de Francis Ave", "duerme debajo del
/// puente peatonal del Centennial Trail en Mission Park", "duermen afuera
/// del Safeway de la calle 29 y Regal": in a Spanish note, a word of place
/// and "del" (= "de el"), then a business's name or a structure, located by
/// its street, park or town, with a word of staying earlier in the
/// sentence. The place starts after "del". Returns the first and last token.
fn spanish_prep_place_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    // Asked of every token: the word itself first, by its bytes.
    let w = doc.tok_text(i);
    if !["del", "de", "al"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(w))
        || i == 0
        || !is_one_of(doc, i - 1, SPANISH_PLACE_PREPS)
        || doc.case != CaseMode::Mixed
    {
        return None;
    }
    let mut first = i + 1;
    if doc.is(i, "de") {
        if !(doc.is(first, "la") || doc.is(first, "el")) {
            return None;
        }
        first += 1;
    }
    // The name ("Yoke's", "Safeway") or a structure with a word describing
    // it ("puente peatonal").
    let mut j = first;
    if is_one_of(doc, j, SPANISH_STRUCTURES) {
        j += 1;
        if doc.kind(j) == Some(TokKind::Word) && !doc.capitalized(j) && !doc.is(j, "de") {
            j += 1;
        }
    } else {
        while j < first + 3
            && doc.kind(j) == Some(TokKind::Word)
            && doc.capitalized(j)
            && doc.toks.get(j).is_some_and(|t| !t.newline_before)
        {
            j += 1;
        }
        if j == first || is_one_of(doc, first, SPANISH_TITLES) {
            return None;
        }
    }
    let mut last = spanish_locator_end(doc, j)?;
    // "del Centennial Trail en Mission Park": a second locator.
    if let Some(e) = spanish_locator_end(doc, last + 1) {
        last = e;
    }
    spanish_stay_before(doc, i).then_some((first, last))
}

/// Car makes and models a client sleeps in ("in her Buick").
pub(crate) const CAR_MAKES: &[&str] = &[
    "buick",
    "camry",
    "chevy",
    "chevrolet",
    "civic",
    "corolla",
    "dodge",
    "ford",
    "gmc",
    "honda",
    "hyundai",
    "impala",
    "jeep",
    "kia",
    "mazda",
    "nissan",
    "prius",
    "subaru",
    "tahoe",
    "toyota",
];

/// Kinds of vehicle a client sleeps in ("in his truck").
const VEHICLES: &[&str] = &[
    "camper", "car", "minivan", "rv", "suv", "truck", "van", "vehicle",
];

/// Nouns that make a place description specific.
const PLACE_NOUNS: &[&str] = &[
    "pavilion",
    "steps",
    "trailhead",
    "footbridge",
    "ballfield",
    "dugout",
    "stairwell",
    "porch",
    "ramp",
    "on-ramp",
    "bridge",
    "park",
    "underpass",
    "overpass",
    "trail",
    "river",
    "library",
    "station",
    "plaza",
    "lot",
    "church",
    "store",
    "freeway",
    "highway",
    "tracks",
    "creek",
    "alley",
    "field",
    "building",
    "garage",
    "dumpster",
    "woods",
    "tent",
    "camp",
    "encampment",
    "parking",
    "overhang",
    "doorway",
    "inn",
    "motel",
    "hotel",
    "lodge",
    "yard",
];

/// From a preposition at token `j` ("behind the Safeway on 29th"), the last
/// token of the landmark description: up to the end of the clause, at most
/// 14 tokens, ending on a capitalized word, a number or a place noun.
/// `None` when nothing in it names a place.
fn landmark_from(doc: &Doc, j: usize) -> Option<usize> {
    // "in 2004 Dodge Caravan", "in her 2011 Nissan": a vehicle, not a place
    // (the place it is parked at may follow).
    let mut v = j + 1;
    while ["the", "a", "her", "his", "their", "my", "an"]
        .iter()
        .any(|w| doc.is(v, w))
    {
        v += 1;
    }
    if doc.num_len(v) == 4
        && doc.num(v).is_some_and(|y| (1950..=2035).contains(&y))
        && doc.kind(v + 1) == Some(TokKind::Word)
    {
        return None;
    }
    // "in her Buick (plate AKX7730) at the Fred Meyer lot": her car, named
    // by its make, then the place.
    // "IN HIS TRUCK (WA PLATE C41882K) AT THE PARK AND RIDE", "in his
    // Subaru, license plate AKE7745, at the Northside Park & Ride": a car
    // by its make or its kind, then the place.
    if v > j + 1
        && !doc.is(v - 1, "the")
        && (is_one_of(doc, v, CAR_MAKES)
            || is_one_of(doc, v, VEHICLES) && !doc.is(v - 1, "a") && !doc.is(v - 1, "an"))
        && (doc.punct(v + 1) == Some('(')
            || plate_aside(doc, v + 1).is_some()
            || context::phrase_at_tok(doc, v + 1, &PLACE_PREPS).is_some())
    {
        return None;
    }
    const STOPS: &[&str] = &[
        "and", "but", "because", "since", "until", "with", "for", "when", "while", "so", "if",
        "then", "who", "where", "which",
    ];
    let mut last = None;
    let mut named = false;
    let mut k = j + 1;
    while k < j + 15 {
        let Some(t) = doc.toks.get(k) else { break };
        if t.newline_before || matches!(doc.punct(k), Some('.' | ',' | ';' | '!' | '?' | ')' | '('))
        {
            break;
        }
        // "the Mirabeau park and ride": one place, not two.
        let ride = doc.is(k, "ride") && k >= 2 && doc.is(k - 2, "park");
        if STOPS.iter().any(|w| doc.is(k, w)) && !(doc.is(k - 1, "park") && doc.is(k + 1, "ride")) {
            break;
        }
        let cap = doc.capitalized(k)
            && !(doc.all_caps(k) && doc.tok_text(k).len() <= 4 && doc.case == CaseMode::Mixed);
        // "a 10 year old car": a count or a duration does not name a place.
        let unit_next = [
            "year", "years", "yr", "yrs", "month", "months", "day", "days", "hours", "minutes",
            "times", "people", "dollars", "nights", "weeks",
        ]
        .iter()
        .any(|u| doc.is(k + 1, u) || doc.punct(k + 1) == Some('-') && doc.is(k + 2, u));
        let numeric = matches!(t.kind, TokKind::Num | TokKind::Mixed) && !unit_next;
        // "near the Hillyard post office", "at the Sprague & Havana bus
        // shelter".
        let noun = is_one_of(doc, k, PLACE_NOUNS) || ride || two_word_place(doc, k);
        if cap || numeric {
            named = true;
        }
        if cap || numeric || noun {
            last = Some(k);
        }
        k += 1;
    }
    let Some(mut last) = last else {
        return lower_business_on_street(doc, j);
    };
    // "in the bnsf lot at freya & trent": in a note without capitals, a
    // place noun and a word after "at" or "on" name a place.
    if !named && (doc.case != CaseMode::Mixed || doc.lowercase_style) {
        // "under maple st bridge", "at the safeway on 3rd n maple": a
        // street word or a numbered street.
        named = (j + 1..=last).any(|k| {
            is_one_of(doc, k, PLACE_NOUNS)
                && ["at", "on", "off", "near", "by"]
                    .iter()
                    .any(|p| doc.is(k + 1, p))
                && doc.kind(k + 2) == Some(TokKind::Word)
                || k > j + 1 && is_word_in(doc, k, &STREET_SUFFIXES)
                || doc.is(k - 1, "on") && doc.kind(k) == Some(TokKind::Mixed)
        });
        // "the skate park by the arena": the landmark after the noun is
        // part of the place, though written in lowercase.
        if named
            && ["at", "on", "off", "near", "by"]
                .iter()
                .any(|p| doc.is(last + 1, p))
        {
            let mut w = last + 2 + usize::from(doc.is(last + 2, "the"));
            // "on e sprague": over a direction.
            if is_word_in(doc, w, &DIRECTIONS) && doc.tok_text(w).len() <= 2 {
                w += 1;
            }
            if doc.kind(w) == Some(TokKind::Word)
                && !STOPS.iter().any(|s| doc.is(w, s))
                && doc.toks.get(w).is_some_and(|t| !t.newline_before)
            {
                if doc.punct(w + 1) == Some('&') && doc.kind(w + 2) == Some(TokKind::Word) {
                    w += 2;
                }
                last = w;
            }
        }
    }
    if !named {
        return None;
    }
    // A lone capitalized common word ("at Church") is too weak.
    let words = (j + 1..=last)
        .filter(|&k| doc.kind(k) == Some(TokKind::Word) && !doc.is(k, "the"))
        .count();
    if words <= 1 && doc.capitalized(last) && super::names::is_common_word(doc.tok_text(last)) {
        return None;
    }
    Some(last)
}

/// Words that, as the head before "on <street>", name no business: a home,
/// a side, or the agency's own place ("the couch on weekends", "the
/// shelter on trent").
const NOT_BUSINESS: &[&str] = &[
    "apartment",
    "apt",
    "bus",
    "center",
    "centre",
    "church",
    "clinic",
    "couch",
    "floor",
    "home",
    "hospital",
    "house",
    "jail",
    "library",
    "list",
    "mission",
    "office",
    "phone",
    "place",
    "room",
    "school",
    "shelter",
    "side",
    "street",
    "streets",
    "waitlist",
];

/// "parked at the walmart on n division", "behind the dollar tree on
/// trent": in a note without capitals a business is written in lowercase
/// too, so after a preposition of place (after a word of staying, which
/// [`place_at`] requires) "the", one or two words and "on" a street (a
/// direction and a word, or a word that is no common word) locate it. The
/// last token of the street, from the preposition at token `j`.
fn lower_business_on_street(doc: &Doc, j: usize) -> Option<usize> {
    if !(doc.case == CaseMode::Lower || doc.lowercase_style) || !doc.is(j + 1, "the") {
        return None;
    }
    let name = j + 2;
    let on = (name + 1..=name + 2).find(|&k| doc.is(k, "on"))?;
    let plain = |k: usize| {
        doc.kind(k) == Some(TokKind::Word)
            && !doc.capitalized(k)
            && doc.toks.get(k).is_some_and(|t| !t.newline_before)
    };
    if !(name..on)
        .all(|k| plain(k) && !is_one_of(doc, k, NOT_BUSINESS) && !is_one_of(doc, k, VEHICLES))
    {
        return None;
    }
    let mut k = on + 1;
    let dir = is_word_in(doc, k, &DIRECTIONS) && doc.tok_text(k).len() <= 2;
    if dir {
        k += 1;
    }
    let street = plain(k)
        && (dir
            || is_word_in(doc, k + 1, &STREET_SUFFIXES)
            || !super::names::is_common_word(doc.tok_text(k)));
    if !street {
        return None;
    }
    Some(if is_word_in(doc, k + 1, &STREET_SUFFIXES) {
        k + 1
    } else {
        k
    })
}

/// The answer to "where can you be found?" in a question-and-answer note:
/// "Where do you sleep? A: under the Maple St bridge".
fn answer_place_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if !(doc.is(i, "a") && doc.punct(i + 1) == Some(':')) {
        return None;
    }
    // After a question mark, or on the line after "Q: where u been sleeping".
    let asked = doc.punct(i.checked_sub(1)?) == Some('?')
        || doc.toks[i].newline_before
            && (i.saturating_sub(12)..i).any(|k| doc.is(k, "q") && doc.punct(k + 1) == Some(':'));
    if !asked {
        return None;
    }
    context::before(doc, i, 80, &PLACE_QUESTION)?;
    let mut first = i + 2;
    // Answer through the end of the clause; reuse the landmark reader with
    // the "A:" colon as its anchor.
    let mut last = landmark_from(doc, i + 1)?;
    // "A: Hillyard, in the tunnel under the Market St tracks": the
    // neighbourhood, then the place in it.
    if last == first
        && doc.punct(last + 1) == Some(',')
        && context::phrase_at_tok(doc, last + 2, &PLACE_PREPS).is_some()
    {
        if let Some(l2) = landmark_from(doc, last + 2) {
            first = last + 2;
            last = l2;
        }
    }
    // One- or two-word answers ("Downtown", "The Mission") are too vague.
    let words = (first..=last)
        .filter(|&k| doc.kind(k).is_some_and(|k| k != TokKind::Punct))
        .count();
    (last >= first && words >= 3).then_some((first, last))
}
