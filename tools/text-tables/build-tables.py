#!/usr/bin/env python3
"""Build every committed character table of PhraseCatalog, and check that none is stale.

One pipeline, one command (see tools/text-tables/README.md):

  python3 tools/text-tables/build-tables.py           # rewrite every table and generated C# file
  python3 tools/text-tables/build-tables.py --check   # write nothing; exit 1 if any is stale

Outputs (all deterministic: sorted by code point, no timestamps):

* data/script-tables/simplified-only.txt, traditional-only.txt, not-taiwan.txt: the script
  tables PHR0009 uses (rules below).
* src/PhraseCatalog.Core/Validation/Quality/ScriptTableData.cs: the same tables as C# string
  constants, plus the compatibility-ideograph and radical normalisation, compiled into the core.
* src/Shared/FoldTables.cs: the Traditional -> Simplified fold and the compatibility ideographs
  that TextFolding (runtime guard and analyzers, PHR1005) folds with.
* data/script-tables/general-standard-2013.txt and traditional-own-right.txt: the class lists
  the tests hold PHR0009 to (every character in them must pass in zh-Hans, respectively zh-Hant).

Sources, all Debian packages (apt-get install -y opencc unicode-data libchewing3-data):

* OpenCC's dictionaries (package opencc, /usr/share/opencc/*.ocd2, converted with
  `opencc_dict -f ocd2 -t text`): STCharacters, STPhrases, TSCharacters, TSPhrases, TWVariants,
  HKVariants.
* The Unicode Character Database (package unicode-data, /usr/share/unicode): UnicodeData.txt for
  the decompositions of compatibility ideographs and radicals; Unihan_OtherMappings.txt for kTGH,
  the characters of China's 2013 Table of General Standard Chinese Characters (通用规范汉字表).
* The phrase dictionary of Chewing, Taiwan's Zhuyin input method (package libchewing3-data,
  /usr/share/libchewing/dictionary.dat: the words, NUL-separated UTF-8): how Taiwan writes words.

Script-table rules (a "character" is one code point; multi-character keys are ignored):

* simplified-only: a key of STCharacters (Simplified -> Traditional) whose Traditional candidates
  do not include the character itself (这 -> 這; but 后 -> 後 后 keeps 后 valid in Traditional),
  minus every Taiwan or Hong Kong standard form (a value of TWVariants or HKVariants: 床 群 秘 峰 户
  温 税 ...), minus every character that is a Traditional character in its own right (below), minus
  the reviewed exceptions. Each line also gives OpenCC's Traditional forms of the character
  (发 -> 發 髮), which PHR0009 offers as what to write.
* Traditional in its own right (never simplified-only; listed in traditional-own-right.txt):
  a character that Traditional text writes as itself in some words, by either of
  - OpenCC keeps it: it is in an STPhrases entry whose only Traditional form is the entry itself
    (恒生 -> 恒生, 恒大, 恒指: Hong Kong names keep 恒);
  - Taiwan writes it: it is in at least MIN_TAIWAN_WORDS distinct words of two or more characters in
    Chewing's dictionary (倒霉, 發霉, 霉菌; 雇主, 解雇). One word is not enough: single stray
    entries occur (肢体), and 体 must stay Simplified-only. Chewing also lists typed variants (合并
    beside 合併); the characters whose Taiwan standard form is another one are reviewed in
    still-simplified.tsv and stay Simplified-only.
  OpenCC alone maps 霉 -> 黴 and 恒 -> 恆 one way only, which is why such characters were flagged.
  Unihan's sources do not separate them: Big5, CNS 11643 plane 1 and kTraditionalVariant all also
  admit homographs such as 儿 听 体 (rén, yǐn, bèn), which a Traditional text never means.
* traditional-only: a key of TSCharacters (Traditional -> Simplified) whose Simplified candidates
  do not include the character itself (這 -> 这; but 乾 -> 干 乾 keeps 乾 valid in Simplified),
  plus every character OpenCC writes only on the Traditional side of a phrase (below), minus every
  character of the 2013 general table (kTGH), minus the reviewed exceptions, with OpenCC's
  Simplified forms of the character.
* Traditional only in phrases: a character that replaces a different Simplified character at the
  same place in an STPhrases entry (并州 -> 幷州, 兼收并蓄 -> 兼收幷蓄, 背包 -> 揹包) and never appears on
  OpenCC's Simplified side (keys of STCharacters and STPhrases, values of TSCharacters and
  TSPhrases) is Traditional-only, with the Simplified characters it replaces as its forms.
  OpenCC's TSCharacters has no entry for 幷 (not in Debian's 1.1.6, nor in upstream's
  data/dictionary/TSCharacters.txt at the commits checked), so the character table alone misses it.
* Never traditional-only: every character of 通用规范汉字表 (Unihan kTGH) is correct Simplified
  text (陞 昇 甦 祕 脩 蒐 釐 甯 are kept for names and some words), whatever OpenCC maps it to.
* A character that would land in both tables (a few rare component variants) lands in neither.
* not-taiwan: characters a text in Taiwan's standard forms does not use, with the Taiwan form:
  OpenCC's own Traditional forms that TWVariants replaces (裏 -> 裡, 着 -> 著, 爲 -> 為), and Hong Kong
  forms that Taiwan writes differently (户 -> 戶, 温 -> 溫, 税 -> 稅), unless the Hong Kong form is an
  ordinary Traditional character in its own right (煙, 濕).

The reviewed exceptions (tools/text-tables/exceptions.tsv, one character and a reason per line)
are characters correct in both scripts in some words: 后 in 皇后, 干 in 若干, 里 in 公里, surnames such
as 余 范 于 沈, and 著 乾 瞭 藉 覆 in Simplified words. They never appear in either "only" table.

Fold-table rules (src/Shared/FoldTables.cs):

* Traditional -> Simplified: OpenCC's TSCharacters (first candidate), plus the Taiwan and Hong Kong
  variant forms of TWVariants / HKVariants folded like the form they vary, so 裡, 裏 and 里 all fold
  to 里, plus the forms OpenCC writes only on the Traditional side of its phrases (幷 -> 并), as
  the Traditional-only table reads them. Only single BMP characters; a character that folds to
  itself is left out; chains are followed to their end so folding is one lookup.
* CJK compatibility ideographs (U+F900-U+FAFF, U+2F800-U+2FA1F) -> their canonical unified
  ideograph (UnicodeData.txt).

Usage: python3 tools/text-tables/build-tables.py [--opencc-dir DIR] [--unicode-dir DIR]
                                                 [--chewing-dict FILE] [--check]
"""
import argparse
import bz2
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TABLE_DIR = os.path.join(REPO, "data", "script-tables")
EXCEPTIONS = os.path.join(HERE, "exceptions.tsv")
# Characters a Taiwan dictionary lists in words but whose Taiwan standard form is another character
# (合并 is typed, 合併 is written): reviewed, they stay Simplified-only. Same format as EXCEPTIONS.
STILL_SIMPLIFIED = os.path.join(HERE, "still-simplified.tsv")
SCRIPT_CS = os.path.join(REPO, "src", "PhraseCatalog.Core", "Validation", "Quality", "ScriptTableData.cs")
FOLD_CS = os.path.join(REPO, "src", "Shared", "FoldTables.cs")
SCRIPT_NAME = "tools/text-tables/build-tables.py"
GENERAL_STANDARD_TXT = os.path.join(TABLE_DIR, "general-standard-2013.txt")
OWN_RIGHT_TXT = os.path.join(TABLE_DIR, "traditional-own-right.txt")
INSTALL = "apt-get update && apt-get install -y opencc unicode-data libchewing3-data"
OPENCC_DICTS = ["STCharacters", "STPhrases", "TSCharacters", "TSPhrases", "TWVariants", "HKVariants"]
CHEWING_DICT = "/usr/share/libchewing/dictionary.dat"
# A character Taiwan's dictionary writes in this many words (of 2+ characters) is Taiwan usage.
MIN_TAIWAN_WORDS = 2


def missing(what):
    # The one failure message: what is missing and the command that installs every source.
    sys.exit(f"{SCRIPT_NAME}: {what} not found; install the sources with: {INSTALL}")


def package_version(name):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", name],
                             capture_output=True, text=True, check=True).stdout.strip()
        return f"Debian {name} {out}"
    except (OSError, subprocess.CalledProcessError):
        return f"{name} (version unknown)"


# --- sources -------------------------------------------------------------------------------------

def load_opencc(dict_dir):
    if shutil.which("opencc_dict") is None:
        missing("opencc_dict (OpenCC)")
    maps = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in OPENCC_DICTS:
            src = os.path.join(dict_dir, name + ".ocd2")
            if not os.path.exists(src):
                missing(src)
            dst = os.path.join(tmp, name + ".txt")
            subprocess.run(["opencc_dict", "-i", src, "-o", dst, "-f", "ocd2", "-t", "text"], check=True)
            m = {}
            with open(dst, encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if not line or "\t" not in line:
                        continue
                    key, values = line.split("\t", 1)
                    m[key] = values.split(" ")
            maps[name] = m
    return maps


def open_ucd(unicode_dir, name):
    """A UCD file as text lines; Debian ships some compressed (Unihan_*.txt.bz2)."""
    path = os.path.join(unicode_dir, name)
    if os.path.exists(path):
        return open(path, encoding="utf-8")
    if os.path.exists(path + ".bz2"):
        return bz2.open(path + ".bz2", "rt", encoding="utf-8")
    missing(path)


def load_decompositions(unicode_dir):
    """Code point -> (is_compat, [code points]) from UnicodeData.txt's decomposition field."""
    decomp = {}
    with open_ucd(unicode_dir, "UnicodeData.txt") as f:
        for line in f:
            fields = line.split(";")
            if len(fields) < 6 or not fields[5]:
                continue
            parts = fields[5].split()
            compat = parts[0].startswith("<")
            if compat:
                parts = parts[1:]
            decomp[int(fields[0], 16)] = (compat, [int(p, 16) for p in parts])
    return decomp


def unicode_version(unicode_dir):
    # The Unihan files carry the version in their header; ReadMe.txt does too but in prose.
    with open_ucd(unicode_dir, "Unihan_OtherMappings.txt") as f:
        for line in f:
            if line.startswith("# Unicode version:"):
                return line.split(":", 1)[1].strip()
            if not line.startswith("#"):
                break
    return "unknown"


def decompose(cp, decomp, compat):
    """Full canonical (or, with compat, compatibility) decomposition of one code point."""
    entry = decomp.get(cp)
    if entry is None or (entry[0] and not compat):
        return [cp]
    out = []
    for part in entry[1]:
        out.extend(decompose(part, decomp, compat))
    return out


def load_general_standard(unicode_dir):
    """The characters of 通用规范汉字表 (2013): every code point with a Unihan kTGH value."""
    chars = {}
    with open_ucd(unicode_dir, "Unihan_OtherMappings.txt") as f:
        for line in f:
            if "\tkTGH\t" in line:
                cp, _, value = line.rstrip("\n").split("\t")
                chars[chr(int(cp[2:], 16))] = value
    if len(chars) < 8000:
        sys.exit(f"{SCRIPT_NAME}: only {len(chars)} kTGH characters in Unihan; expected the 8,105 of the 2013 table")
    return chars


def load_chewing_words(path):
    """Chewing's words of two or more characters (dictionary.dat is NUL-separated UTF-8 phrases)."""
    if not os.path.exists(path):
        missing(path)
    with open(path, "rb") as f:
        data = f.read()
    return sorted({w for w in (p.decode("utf-8") for p in data.split(b"\0")) if len(w) >= 2})


def is_unified(cp):
    return 0x3400 <= cp <= 0x9FFF or 0x20000 <= cp <= 0x3FFFF


# --- script tables -------------------------------------------------------------------------------

def load_exceptions(path=EXCEPTIONS):
    chars = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            ch, _, reason = line.partition("\t")
            if len(ch) != 1 or not reason.strip():
                sys.exit(f"{path}:{n}: expected '<character>\\t<reason>'")
            chars[ch] = reason.strip()
    return chars


def single(m):
    return {k: v for k, v in m.items() if len(k) == 1}


def traditional_own_right(candidates, st_phrases, chewing_words):
    """Simplified-only candidates that Traditional text writes as themselves: character -> evidence."""
    kept = {}
    for key, values in sorted(st_phrases.items()):
        if values == [key]:
            for c in key:
                if c in candidates:
                    kept.setdefault(c, []).append(key)
    taiwan = {}
    for word in chewing_words:
        for c in set(word):
            if c in candidates:
                taiwan.setdefault(c, []).append(word)
    own = {}
    for c, words in kept.items():
        own[c] = ("OpenCC STPhrases keeps", words)
    for c, words in taiwan.items():
        if len(words) >= MIN_TAIWAN_WORDS and c not in own:
            own[c] = ("Chewing (Taiwan) words", words)
    return own


def phrase_only_traditional(maps):
    """Characters OpenCC writes only on the Traditional side of phrases: character -> Simplified forms."""
    simplified_side = set()
    for name in ("STCharacters", "STPhrases"):
        for key in maps[name]:
            simplified_side.update(key)
    for name in ("TSCharacters", "TSPhrases"):
        for values in maps[name].values():
            for v in values:
                simplified_side.update(v)
    found = {}
    for key, values in maps["STPhrases"].items():
        for value in values:
            if len(value) != len(key):
                continue  # no position-by-position pairing
            for s, t in zip(key, value):
                if s != t and t not in simplified_side:
                    found.setdefault(t, set()).add(s)
    return {t: sorted(forms, key=ord) for t, forms in found.items()}


def build_script_tables(maps, exceptions, general_standard, chewing_words):
    st = single(maps["STCharacters"])
    ts = single(maps["TSCharacters"])
    tw = single(maps["TWVariants"])
    hk = single(maps["HKVariants"])

    tw_forms = {c for vs in tw.values() for v in vs for c in v}
    hk_forms = {c for vs in hk.values() for v in vs for c in v}
    regional_forms = tw_forms | hk_forms

    simp = {k for k, vs in st.items() if k not in vs}
    trad = {k for k, vs in ts.items() if k not in vs}
    phrase_trad = phrase_only_traditional(maps)
    trad_forms = {k: ts[k] for k in trad}
    for t, forms in phrase_trad.items():
        if t not in trad_forms:
            trad_forms[t] = forms
            trad.add(t)
    both = simp & trad
    simp = simp - both - regional_forms - set(exceptions)
    still_simplified = load_exceptions(STILL_SIMPLIFIED)
    own_right = {c: v for c, v in traditional_own_right(simp, maps["STPhrases"], chewing_words).items() if c not in still_simplified}
    simp = simp - set(own_right)
    trad = trad - both - set(exceptions) - set(general_standard)

    # Characters Taiwan's standard does not use, with the Taiwan form.
    st_values = {c for vs in st.values() for v in vs for c in v}
    not_taiwan = {}
    for k, vs in tw.items():
        if k not in vs:
            not_taiwan[k] = vs[0]
    for k, vs in hk.items():
        for v in vs:
            # a Hong Kong form is foreign to Taiwan unless it is an ordinary Traditional
            # character in its own right (煙 is smoke, although HK also writes 菸 as 煙)
            if (v != k and len(v) == 1 and v not in tw_forms and v not in st_values
                    and v not in hk and v not in exceptions):
                # 户 (HK) -> 戶: the Taiwan form is OpenCC's form unless TWVariants changes it
                not_taiwan.setdefault(v, tw.get(k, [k])[0])
    # A character admitted only because Hong Kong names keep it (恒生) is still not Taiwan's form:
    # Taiwan writes OpenCC's Traditional form (恆), unless TWVariants says otherwise.
    for c, (source, _) in own_right.items():
        if source.startswith("OpenCC") and c in st:
            form = st[c][0]
            not_taiwan.setdefault(c, tw.get(form, [form])[0])
    simp_forms = {k: st[k] for k in simp}
    trad_forms = {k: trad_forms[k] for k in trad}
    return simp_forms, trad_forms, not_taiwan, both, own_right


def table_header(title, lines, sources):
    out = [f"# {title}",
           f"# Generated by {SCRIPT_NAME} from {sources}.",
           "# Do not edit by hand: change tools/text-tables/exceptions.tsv, still-simplified.tsv or the script and rerun it."]
    out += ["# " + l for l in lines]
    return "\n".join(out) + "\n"


def render_tables(simp, trad, not_taiwan, own_right, general_standard, versions, n_exc):
    opencc, unicode, chewing = versions
    sources = (f"the OpenCC dictionaries of {opencc} (STCharacters, STPhrases, TSCharacters, TSPhrases, TWVariants, HKVariants),\n"
               f"# Unihan {unicode} kTGH ({package_version('unicode-data')}) and the Chewing dictionary of {chewing}")
    files = {}
    files["simplified-only.txt"] = table_header(
        "Simplified-only characters: never correct in Traditional Chinese (Taiwan or Hong Kong usage).",
        ["Format: character <TAB> its Traditional forms (space-separated), one character per line, sorted by code point.",
         f"Taiwan and Hong Kong standard forms (TWVariants, HKVariants), the {len(own_right)} Traditional characters in their own right",
         f"(traditional-own-right.txt) and the {n_exc} reviewed exceptions are excluded.",
         f"Characters: {len(simp)}"], sources) + "".join(f"{c}\t{' '.join(simp[c])}\n" for c in sorted(simp))
    files["traditional-only.txt"] = table_header(
        "Traditional-only characters: never correct in Simplified Chinese.",
        ["Format: character <TAB> its Simplified forms (space-separated), one character per line, sorted by code point.",
         "Includes the characters OpenCC writes only on the Traditional side of phrases (幷 in 幷州).",
         f"The characters of the 2013 general table (general-standard-2013.txt) and the {n_exc} reviewed exceptions are excluded.",
         f"Characters: {len(trad)}"], sources) + "".join(f"{c}\t{' '.join(trad[c])}\n" for c in sorted(trad))
    files["not-taiwan.txt"] = table_header(
        "Traditional characters that Taiwan's standard forms do not use, with the Taiwan form.",
        ["Format: character <TAB> Taiwan form, sorted by code point.",
         "OpenCC's default forms that TWVariants replaces, Hong Kong forms (HKVariants) that Taiwan writes otherwise,",
         "and characters Traditional only in Hong Kong names (恒 in 恒生, Taiwan: 恆).",
         f"Characters: {len(not_taiwan)}"], sources) + "".join(f"{k}\t{v}\n" for k, v in sorted(not_taiwan.items()))
    files["general-standard-2013.txt"] = table_header(
        "The characters of China's 2013 Table of General Standard Chinese Characters (通用规范汉字表): valid Simplified text, never Traditional-only.",
        ["Source: Unihan kTGH. Format: character <TAB> kTGH value (2013:<number in the table>), sorted by code point.",
         f"Characters: {len(general_standard)}"], sources) + "".join(
            f"{c}\t{general_standard[c]}\n" for c in sorted(general_standard))
    files["traditional-own-right.txt"] = table_header(
        "Characters OpenCC maps one way to another Traditional form that Traditional text also writes as themselves: never Simplified-only.",
        ["Format: character <TAB> source <TAB> the words that show it (at most 8), sorted by code point.",
         f"Sources: STPhrases entries OpenCC keeps unchanged (恒生), words of Chewing's Taiwan dictionary (at least {MIN_TAIWAN_WORDS}).",
         f"Characters: {len(own_right)}"], sources) + "".join(
            f"{c}\t{own_right[c][0]}\t{' '.join(own_right[c][1][:8])}\n" for c in sorted(own_right))
    return {os.path.join(TABLE_DIR, name): text for name, text in files.items()}


# --- ScriptTableData.cs --------------------------------------------------------------------------

PER_LINE = 32


def cs_items(name, doc, entries):
    items = [k + v for k, v in entries]
    lines = [f"        /// <summary>{doc} ({len(entries)} entries).</summary>",
             f"        public const string {name} ="]
    chunks = [" ".join(items[i:i + PER_LINE]) for i in range(0, len(items), PER_LINE)]
    for i, chunk in enumerate(chunks):
        sep = " " if i < len(chunks) - 1 else ""
        end = " +" if i < len(chunks) - 1 else ";"
        lines.append(f'            "{chunk}{sep}"{end}')
    return "\n".join(lines)


def script_normalisation(decomp):
    """Compatibility ideographs and radicals whose NFKC form is one unified ideograph."""
    entries = []
    for lo, hi in [(0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]:
        for cp in range(lo, hi + 1):
            nf = decompose(cp, decomp, compat=True)
            if nf != [cp] and len(nf) == 1 and is_unified(nf[0]):
                entries.append((chr(cp), chr(nf[0])))
    return entries


def render_script_cs(simp, trad, not_taiwan, decomp, version):
    def entries(table, join):
        return [(k, join(table[k])) for k in sorted(table)]
    simp_e = entries(simp, lambda vs: "".join(vs))
    trad_e = entries(trad, lambda vs: "".join(vs))
    not_tw = entries(not_taiwan, lambda v: v)
    norm = script_normalisation(decomp)
    parts = [
        "// <auto-generated>",
        f"// Generated by {SCRIPT_NAME} from the same sources as data/script-tables/*.txt",
        f"// and the Unicode {version} compatibility decompositions (UnicodeData.txt). Do not edit by hand:",
        "// change the rules or tools/text-tables/exceptions.tsv and rerun the script.",
        "// </auto-generated>",
        "",
        "namespace PhraseCatalog.Core.Validation.Quality",
        "{",
        "    /// <summary>",
        "    /// The script tables as text: items separated by one space, each a character followed by its",
        "    /// forms in the other script. Parsed once by <see cref=\"ScriptTables\"/>.",
        "    /// </summary>",
        "    internal static class ScriptTableData",
        "    {",
        cs_items("SimplifiedOnly", "Characters never correct in Traditional Chinese, each followed by its Traditional forms", simp_e),
        "",
        cs_items("TraditionalOnly", "Characters never correct in Simplified Chinese, each followed by its Simplified forms", trad_e),
        "",
        cs_items("NotTaiwan", "Traditional characters outside Taiwan's standard forms, each followed by the Taiwan form", not_tw),
        "",
        cs_items("Unified", "Compatibility ideographs and radicals, each followed by the unified ideograph it stands for", norm),
        "    }",
        "}",
        "",
    ]
    return "\n".join(parts)


# --- FoldTables.cs -------------------------------------------------------------------------------

def bmp(c):
    return len(c) == 1 and ord(c) < 0x10000 and not (0xD800 <= ord(c) <= 0xDFFF)


def fold_chunks(pairs, per_line=48):
    return ['"' + "".join(pairs[i:i + per_line]) + '"' for i in range(0, len(pairs), per_line)]


def render_fold_cs(maps, decomp, version):
    ts, tw, hk = maps["TSCharacters"], maps["TWVariants"], maps["HKVariants"]
    fold = {}
    for key, values in ts.items():
        if bmp(key) and bmp(values[0]) and values[0] != key:
            fold[key] = values[0]
    for variants in (tw, hk):
        for key, values in variants.items():
            if not bmp(key):
                continue
            target = fold.get(key, key)
            for v in values:
                if bmp(v) and v != target and v not in fold and v not in ts:
                    fold[v] = target
    # Forms OpenCC writes only inside Traditional phrases (幷 for 并) fold like the script tables read them.
    for t, forms in phrase_only_traditional(maps).items():
        if bmp(t) and t not in fold:
            target = sorted(forms)[0]
            if bmp(target) and target != t:
                fold[t] = target
    # Fold chains (A -> B -> C) to their end so folding is one lookup.
    for key in list(fold):
        seen = {key}
        target = fold[key]
        while target in fold and target not in seen:
            seen.add(target)
            target = fold[target]
        fold[key] = target
    fold = {k: v for k, v in fold.items() if k != v}
    compat_bmp, compat_supp = [], []
    for cp in list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20)):
        n = decompose(cp, decomp, compat=False)
        if n == [cp] or len(n) != 1:
            continue
        if cp < 0x10000 and n[0] < 0x10000:
            compat_bmp.append(chr(cp) + chr(n[0]))
        else:
            compat_supp.append(f"{cp:X}:{n[0]:X}")
    ts_pairs = [k + fold[k] for k in sorted(fold, key=ord)]
    out = [
        f"// <auto-generated/> by {SCRIPT_NAME}: do not edit by hand.",
        f"// Sources: OpenCC TSCharacters, TWVariants, HKVariants; Unicode {version} canonical decompositions.",
        "namespace PhraseCatalog.Shared",
        "{",
        "    /// <summary>The tables <see cref=\"TextFolding\"/> folds with (shared source: runtime, core, analyzers through the core).</summary>",
        "    internal static class FoldTables",
        "    {",
        f"        /// <summary>{len(ts_pairs)} pairs: a Traditional (or regional variant) character, then the Simplified character it folds to.</summary>",
        "        public const string TraditionalToSimplified =",
        "            " + "\n            + ".join(fold_chunks(ts_pairs)) + ";",
        "",
        f"        /// <summary>{len(compat_bmp)} pairs: a CJK compatibility ideograph, then its unified ideograph.</summary>",
        "        public const string CompatibilityIdeographs =",
        "            " + "\n            + ".join(fold_chunks(compat_bmp)) + ";",
        "",
        f"        /// <summary>{len(compat_supp)} supplementary compatibility ideographs as hex code point pairs 'from:to', separated by ';'.</summary>",
        "        public const string SupplementaryCompatibilityIdeographs =",
        "            " + "\n            + ".join('"' + ";".join(compat_supp[i:i + 8]) + ';"' for i in range(0, len(compat_supp), 8)) + ";",
        "    }",
        "}",
        "",
    ]
    return "\n".join(out)


# --- main ----------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--opencc-dir", default="/usr/share/opencc")
    ap.add_argument("--unicode-dir", default="/usr/share/unicode")
    ap.add_argument("--chewing-dict", default=CHEWING_DICT)
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any committed table or generated C# file differs from a fresh build")
    args = ap.parse_args()

    maps = load_opencc(args.opencc_dir)
    decomp = load_decompositions(args.unicode_dir)
    version = unicode_version(args.unicode_dir)
    general_standard = load_general_standard(args.unicode_dir)
    chewing_words = load_chewing_words(args.chewing_dict)
    exceptions = load_exceptions()

    simp, trad, not_taiwan, both, own_right = build_script_tables(maps, exceptions, general_standard, chewing_words)
    versions = (package_version("opencc"), version, package_version("libchewing3-data"))
    outputs = render_tables(simp, trad, not_taiwan, own_right, general_standard, versions, len(exceptions))
    outputs[SCRIPT_CS] = render_script_cs(simp, trad, not_taiwan, decomp, version)
    outputs[FOLD_CS] = render_fold_cs(maps, decomp, version)

    stale = []
    for path, text in sorted(outputs.items()):
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8", newline="") as f:
                old = f.read()
        if old == text:
            continue
        stale.append(os.path.relpath(path, REPO))
        if not args.check:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)

    summary = (f"simplified-only: {len(simp)}, traditional-only: {len(trad)}, not-taiwan: {len(not_taiwan)}, "
               f"in both raw tables (dropped): {''.join(sorted(both))}, exceptions: {len(exceptions)}, "
               f"Traditional in their own right: {''.join(sorted(own_right))}")
    if args.check:
        if stale:
            print("stale (rerun python3 " + SCRIPT_NAME + "): " + ", ".join(stale), file=sys.stderr)
            sys.exit(1)
        print("all tables up to date; " + summary)
    else:
        print(("rewrote " + ", ".join(stale) if stale else "nothing changed") + "; " + summary)


if __name__ == "__main__":
    main()
