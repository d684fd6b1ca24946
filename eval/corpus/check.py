#!/usr/bin/env python3
"""Self-checks for eval/corpus (run from anywhere: python3 eval/corpus/check.py).

1. every .txt is valid UTF-8 (no BOM);
2. stories.json covers every file exactly once; reprints.json points at existing files
   in the same story;
3. every "<weekday> <day> <month> [<year>]" matches the calendar (year taken from the
   story when the text omits it);
4. every surface in facts.json occurs verbatim in its file;
5. no run of 8 words (punctuation removed, split on whitespace) is shared with
   /work/shared/seeds/*, the ANERcorp train split, or /work/main/samples/*/*.txt.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = "/work/shared"
N = 8

problems = []


def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


# ---------------------------------------------------------------- 1. files
files = sorted(os.path.relpath(p, HERE) for p in glob.glob(os.path.join(HERE, "*", "*.txt")))
texts = {}
for f in files:
    raw = open(os.path.join(HERE, f), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        bad(f"{f}: has a BOM")
    try:
        texts[f] = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        bad(f"{f}: not UTF-8 ({e})")
print(f"{len(files)} files, {len({f.split('/')[0] for f in files})} outlets")

# ---------------------------------------------------------------- 2. json
stories = json.load(open(os.path.join(HERE, "stories.json"), encoding="utf-8"))
reprints = json.load(open(os.path.join(HERE, "reprints.json"), encoding="utf-8"))
facts = json.load(open(os.path.join(HERE, "facts.json"), encoding="utf-8"))
story_of = {}
for slug, fs in stories.items():
    for f in fs:
        if f in story_of:
            bad(f"{f} is in two stories")
        story_of[f] = slug
        if f not in texts:
            bad(f"stories.json lists missing file {f}")
for f in files:
    if f not in story_of:
        bad(f"{f} is in no story")
print(f"{len(stories)} stories "
      f"({sum(1 for v in stories.values() if len(v) == 1)} single-report, "
      f"{sum(1 for v in stories.values() if len(v) >= 4)} with 4+ reports)")
for r in reprints:
    for k in ("copy", "of"):
        if r[k] not in texts:
            bad(f"reprints.json: missing file {r[k]}")
    if story_of.get(r["copy"]) != story_of.get(r["of"]):
        bad(f"reprint {r['copy']} is not in the story of {r['of']}")
print(f"{len(reprints)} reprints ({sum(r['kind'] == 'exact' for r in reprints)} exact)")


# exact reprints: every non-chrome line of the original (title and body; lines that
# recur on other pages of the same outlet, the wire's date line and its signature are
# chrome) must appear, in the same order and with nothing in between, in the copy.
def outlet_chrome(outlet):
    seen = {}
    for g, t in texts.items():
        if g.startswith(outlet + "/"):
            for l in set(t.splitlines()):
                seen[l] = seen.get(l, 0) + 1
    return {l for l, k in seen.items() if k > 1}


for r in reprints:
    if r["copy"] not in texts or r["of"] not in texts:
        continue
    chrome = outlet_chrome(r["of"].split("/")[0])
    a = [l for l in texts[r["of"]].splitlines()
         if l.strip() and l not in chrome and not l.startswith(("تاريخ النشر:", "(مشرق)"))]
    b = [l for l in texts[r["copy"]].splitlines() if l.strip()]
    exact = any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))
    if (r["kind"] == "exact") != exact:
        bad(f"reprint {r['copy']} of {r['of']}: kind {r['kind']!r} but exact={exact}")
    # word 5-gram containment, Arabic-Indic digits folded to ASCII
    def sh(lines):
        w = " ".join(lines).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")).split()
        return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
    sa, sb = sh(a), sh(b)
    shared = len(sa & sb) / len(sa)
    if shared < 0.5:
        bad(f"reprint {r['copy']} contains only {shared:.0%} of the 5-grams of {r['of']}")
    print(f"  {r['copy']} <- {r['of']}: {r['kind']}, contains {shared:.0%} of its 5-grams")


# ---------------------------------------------------------------- 3. weekdays
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
MONTHS = {
    1: ["يناير", "جانفي", "كانون الثاني"],
    2: ["فبراير", "فيفري", "شباط"],
    3: ["مارس", "آذار"],
    4: ["أبريل", "ابريل", "أفريل", "افريل", "نيسان"],
    5: ["مايو", "ماي", "أيار"],
    6: ["يونيو", "جوان", "حزيران"],
    7: ["يوليوز", "يوليو", "جويلية", "تموز"],
    8: ["أغسطس", "اغسطس", "غشت", "أوت", "اوت", "آب"],
    9: ["سبتمبر", "شتنبر", "أيلول"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول"],
    11: ["نوفمبر", "نونبر", "تشرين الثاني"],
    12: ["ديسمبر", "دجنبر", "كانون الأول"],
}
MONTH_RE = "|".join(sorted((re.escape(m) for ms in MONTHS.values() for m in ms), key=len, reverse=True))
MONTH_NUM = {m: n for n, ms in MONTHS.items() for m in ms}
DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
WD_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"(?<![\w])({WD_RE})(?:\s+والثلاثاء)?\s*،?\s*([0-9٠-٩]{{1,2}})(?:\s+و[0-9٠-٩]{{1,2}})?\s+({MONTH_RE})"
    rf"(?:\s*\([^)]*\))?(?:\s+([0-9٠-٩]{{4}}))?"
)
STORY_YEAR = {}
for slug in stories:
    m = re.search(r"(20\d\d)", slug)
    if m:
        STORY_YEAR[slug] = int(m.group(1))
n_dates = 0
for f, t in texts.items():
    for m in DATE_RE.finditer(t):
        wd, day, mon, year = m.group(1), int(m.group(2).translate(DIG)), m.group(3), m.group(4)
        year = int(year.translate(DIG)) if year else STORY_YEAR.get(story_of.get(f))
        try:
            d = datetime.date(year, MONTH_NUM[mon], day)
        except Exception as e:  # noqa
            bad(f"{f}: bad date {m.group(0)!r}: {e}")
            continue
        n_dates += 1
        if d.weekday() != WEEKDAYS[wd]:
            # "الاثنين والثلاثاء 17 و18": the first day goes with the first weekday
            bad(f"{f}: {m.group(0)!r} but {d} is a {d.strftime('%A')}")
print(f"{n_dates} weekday+date mentions checked")

# ---------------------------------------------------------------- 4. surfaces
n_surf = 0
for c in facts["conflicts"]:
    for value, fs in c["values"].items():
        for f in fs:
            n_surf += 1
            if f not in texts:
                bad(f"conflict {c['what']}: missing file {f}")
            elif c.get("surfaces", {}).get(f) and c["surfaces"][f] not in texts[f]:
                bad(f"conflict {c['what']}: surface {c['surfaces'][f]!r} not in {f}")
    for f, s in c.get("surfaces", {}).items():
        if f not in texts or s not in texts[f]:
            bad(f"conflict {c['what']}: surface {s!r} not in {f}")
for c in facts["compatible"]:
    for f, r in c["reports"].items():
        n_surf += 1
        if f not in texts or r["surface"] not in texts[f]:
            bad(f"compatible {c['what']}: surface {r['surface']!r} not in {f}")
for c in facts["same_figure_different_events"]:
    for f, s in c["reports"].items():
        n_surf += 1
        if f not in texts or s not in texts[f]:
            bad(f"same figure {c['figure']}: surface {s!r} not in {f}")
    if len({story_of.get(f) for f in c["reports"]}) < 2:
        bad(f"same figure {c['figure']}: reports are not in different stories")
print(f"{n_surf} fact entries checked; "
      f"{len(facts['conflicts'])} conflicts, {len(facts['compatible'])} approximations, "
      f"{len(facts['same_figure_different_events'])} same-figure pairs")

# ---------------------------------------------------------------- 5. 8-gram overlap


def words(t, mode):
    if mode == "regex":  # the tokenisation of /work/shared/hooks/copied-text-check.py
        return re.findall(r"[\u0600-\u06FF\w]+", t)
    if mode == "drop":
        t = "".join(ch for ch in t if not unicodedata.category(ch).startswith(("P", "S")))
    else:
        t = "".join(" " if unicodedata.category(ch).startswith(("P", "S")) else ch for ch in t)
    return t.split()


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def read_any(p):
    raw = open(p, "rb").read()
    for enc in ("utf-8", "utf-16", "cp1256"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


refs = {}
for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
    if os.path.isfile(p):
        refs[p] = read_any(p)
aner = os.path.join(SHARED, "data", "anercorp", "train.txt")
if os.path.exists(aner):
    toks = [l.split()[0] for l in open(aner, encoding="utf-8", errors="replace") if l.split()]
    refs[aner] = " ".join(toks)
for p in sorted(glob.glob(os.path.join(REPO, "samples", "*", "*.txt"))):
    refs[p] = read_any(p)
print(f"reference texts: {len(refs)}")

for mode in ("drop", "space", "regex"):
    ref_grams = {}
    for p, t in refs.items():
        for g in grams(words(t, mode)):
            ref_grams.setdefault(g, p)
    for f, t in texts.items():
        for g in grams(words(t, mode)):
            if g in ref_grams:
                bad(f"{f}: 8-gram shared with {ref_grams[g]}: {' '.join(g)}")

print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
