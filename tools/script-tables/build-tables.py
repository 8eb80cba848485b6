#!/usr/bin/env python3
"""Build the Simplified-only / Traditional-only character tables in data/script-tables/.

Source: the character dictionaries of OpenCC as shipped by Debian's `opencc`
package (`apt-get install -y opencc`): STCharacters, TSCharacters, TWVariants
and HKVariants (*.ocd2 under /usr/share/opencc), converted to text with
`opencc_dict -i X.ocd2 -o x.txt -f ocd2 -t text`.

Rules (a "character" is one code point; multi-character keys are ignored):

* simplified-only: a key of STCharacters (Simplified -> Traditional) whose
  Traditional candidates do not include the character itself (这 -> 這; but
  后 -> 後 后 keeps 后 valid in Traditional), minus every Taiwan or Hong Kong
  standard form (a value of TWVariants or HKVariants: 床 群 秘 峰 户 温 税 ...),
  minus the reviewed exceptions. Each line also gives OpenCC's Traditional
  forms of the character (发 -> 發 髮), which PHR0009 offers as what to write.
* traditional-only: a key of TSCharacters (Traditional -> Simplified) whose
  Simplified candidates do not include the character itself (這 -> 这; but
  乾 -> 干 乾 keeps 乾 valid in Simplified), minus the reviewed exceptions,
  with OpenCC's Simplified forms of the character.
* A character that would land in both tables (a few rare component variants)
  lands in neither.
* not-taiwan: characters a text in Taiwan's standard forms does not use,
  with the Taiwan form: OpenCC's own Traditional forms that TWVariants
  replaces (裏 -> 裡, 着 -> 著, 爲 -> 為), and Hong Kong forms that Taiwan
  writes differently (户 -> 戶, 温 -> 溫, 税 -> 稅), unless the Hong Kong form is
  an ordinary Traditional character in its own right (煙, 濕).

The reviewed exceptions (tools/script-tables/exceptions.tsv, one character and
a reason per line) are characters correct in both scripts in some words:
后 in 皇后, 干 in 若干, 里 in 公里, surnames such as 余 范 于 沈, and 著 乾 瞭
藉 覆 in Simplified words. They never appear in either "only" table.

Usage: python3 tools/script-tables/build-tables.py [--dict-dir /usr/share/opencc] [--check]
  --check   do not write; exit 1 if the committed tables differ from a fresh build.
Output is deterministic (sorted by code point, no timestamps).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT_DIR = os.path.join(REPO, "data", "script-tables")
EXCEPTIONS = os.path.join(HERE, "exceptions.tsv")
DICTS = ["STCharacters", "TSCharacters", "TWVariants", "HKVariants"]


def opencc_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "opencc"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return "Debian opencc " + out
    except (OSError, subprocess.CalledProcessError):
        return "opencc (version unknown)"


def load_dicts(dict_dir):
    if shutil.which("opencc_dict") is None:
        sys.exit("opencc_dict not found: apt-get update && apt-get install -y opencc")
    maps = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in DICTS:
            src = os.path.join(dict_dir, name + ".ocd2")
            if not os.path.exists(src):
                sys.exit(f"missing {src}: apt-get install -y opencc")
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


def load_exceptions():
    chars = {}
    with open(EXCEPTIONS, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            ch, _, reason = line.partition("\t")
            if len(ch) != 1 or not reason.strip():
                sys.exit(f"{EXCEPTIONS}:{n}: expected '<character>\\t<reason>'")
            chars[ch] = reason.strip()
    return chars


def single(m):
    return {k: v for k, v in m.items() if len(k) == 1}


def build(maps, exceptions):
    st = single(maps["STCharacters"])
    ts = single(maps["TSCharacters"])
    tw = single(maps["TWVariants"])
    hk = single(maps["HKVariants"])

    tw_forms = {c for vs in tw.values() for v in vs for c in v}
    hk_forms = {c for vs in hk.values() for v in vs for c in v}
    regional_forms = tw_forms | hk_forms

    simp = {k for k, vs in st.items() if k not in vs}
    trad = {k for k, vs in ts.items() if k not in vs}
    both = simp & trad
    simp = simp - both - regional_forms - set(exceptions)
    trad = trad - both - set(exceptions)

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
    simp_forms = {k: st[k] for k in simp}
    trad_forms = {k: ts[k] for k in trad}
    return simp_forms, trad_forms, not_taiwan, both


def header(title, lines, version):
    out = [f"# {title}",
           f"# Generated by tools/script-tables/build-tables.py from the OpenCC dictionaries of {version}",
           "# (STCharacters, TSCharacters, TWVariants, HKVariants; converted with opencc_dict -f ocd2 -t text).",
           "# Do not edit by hand: change tools/script-tables/exceptions.tsv or the script and rerun it."]
    out += ["# " + l for l in lines]
    return "\n".join(out) + "\n"


def render(simp, trad, not_taiwan, version, n_exc):
    files = {}
    files["simplified-only.txt"] = header(
        "Simplified-only characters: never correct in Traditional Chinese (Taiwan or Hong Kong usage).",
        ["Format: character <TAB> its Traditional forms (space-separated), one character per line, sorted by code point.",
         f"Taiwan and Hong Kong standard forms (TWVariants, HKVariants) and the {n_exc} reviewed exceptions are excluded.",
         f"Characters: {len(simp)}"], version) + "".join(f"{c}\t{' '.join(simp[c])}\n" for c in sorted(simp))
    files["traditional-only.txt"] = header(
        "Traditional-only characters: never correct in Simplified Chinese.",
        ["Format: character <TAB> its Simplified forms (space-separated), one character per line, sorted by code point.",
         f"The {n_exc} reviewed exceptions are excluded.",
         f"Characters: {len(trad)}"], version) + "".join(f"{c}\t{' '.join(trad[c])}\n" for c in sorted(trad))
    files["not-taiwan.txt"] = header(
        "Traditional characters that Taiwan's standard forms do not use, with the Taiwan form.",
        ["Format: character <TAB> Taiwan form, sorted by code point.",
         "OpenCC's default forms that TWVariants replaces, and Hong Kong forms (HKVariants) that Taiwan writes otherwise.",
         f"Characters: {len(not_taiwan)}"], version) + "".join(f"{k}\t{v}\n" for k, v in sorted(not_taiwan.items()))
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict-dir", default="/usr/share/opencc")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    exceptions = load_exceptions()
    simp, trad, not_taiwan, both = build(load_dicts(args.dict_dir), exceptions)
    files = render(simp, trad, not_taiwan, opencc_version(), len(exceptions))

    for name, text in files.items():
        path = os.path.join(OUT_DIR, name)
        if args.check:
            old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if old != text:
                print(f"{path} is out of date", file=sys.stderr)
                sys.exit(1)
        else:
            os.makedirs(OUT_DIR, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    print(f"simplified-only: {len(simp)}, traditional-only: {len(trad)}, not-taiwan: {len(not_taiwan)}, "
          f"in both raw tables (dropped): {''.join(sorted(both))}, exceptions: {len(exceptions)}")


if __name__ == "__main__":
    main()
