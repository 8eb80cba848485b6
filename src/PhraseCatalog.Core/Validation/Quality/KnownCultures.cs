using System;
using System.Collections.Generic;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// Culture names PHR0015 accepts, compiled in so the answer never depends on the build machine's
    /// ICU or NLS data: language subtags that have locale data in CLDR (the 218 languages .NET on ICU
    /// lists), common ISO 15924 script subtags, and ISO 3166-1 / UN M.49 region subtags. A name is
    /// language[-script][-region][-variant…]; variants, extensions and private use (x-…) pass when well
    /// formed. Also the usual mistakes and what to write instead (zh-CHS → zh-Hans, kr → ko).
    /// </summary>
    internal static class KnownCultures
    {
        private static readonly HashSet<string> Languages = Set(
            "af agq ak am ar as asa ast az bas be bem bez bg bgc bho bm bn bo br brx bs ca ccp ce ceb cgg chr ckb cs cv cy "
            + "da dav de dje doi dsb dua dyo dz ebu ee el en eo es et eu ewo fa ff fi fil fo fr fur fy ga gd gl gsw gu guz gv "
            + "ha haw he hi hr hsb hu hy ia id ig ii is it ja jgo jmc jv ka kab kam kde kea kgp khq ki kk kkj kl kln km kn ko "
            + "kok ks ksb ksf ksh ku kw ky lag lb lg lkt ln lo lrc lt lu luo luy lv mai mas mer mfe mg mgh mgo mi mk ml mn "
            + "mni mr ms mt mua my mzn naq nb nd ne nl nmg nn nnh no nus nyn om or os pa pcm pl ps pt qu raj rm rn ro rof ru "
            + "rw rwk sa sah saq sat sbp sc sd se seh ses sg shi si sk sl smn sn so sq sr su sv sw ta te teo tg th ti tk to "
            + "tr tt twq tzm ug uk ur uz vai vi vun wae wo xh xog yav yi yo yrl yue zgh zh zu ");

        private static readonly HashSet<string> Scripts = Set(
            "Adlm Arab Armn Beng Brai Cher Cyrl Deva Ethi Geor Grek Gujr Guru Hang Hani Hans Hant Hebr Hira Jpan Kana Khmr Knda Kore Laoo Latn "
            + "Mlym Mong Mymr Olck Orya Sinh Syrc Taml Telu Tfng Thaa Thai Tibt Vaii Yiii");

        private static readonly HashSet<string> Regions = Set(
            "001 150 419 AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW "
            + "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ES ET FI "
            + "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU IC ID IE IL IM IN IO IQ IR "
            + "IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML "
            + "MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR "
            + "PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK "
            + "TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW "
            + "AQ BV GS HM TF");

        /// <summary>Whole names that are well formed but wrong, and the name meant.</summary>
        private static readonly Dictionary<string, string> NameMistakes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["zh-CHS"] = "zh-Hans", // the old .NET Framework names
            ["zh-CHT"] = "zh-Hant",
            ["cn"] = "zh-Hans",     // country codes written for the language
            ["tw"] = "zh-Hant",
            ["hk"] = "zh-Hant",
        };

        /// <summary>Language subtags that are country codes or misspellings, and the language meant.</summary>
        private static readonly Dictionary<string, string> LanguageMistakes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["kr"] = "ko",
            ["kor"] = "ko",
            ["jp"] = "ja",
            ["cn"] = "zh",
            ["chi"] = "zh",
            ["zho"] = "zh",
            ["gr"] = "el",
            ["dk"] = "da",
            ["ua"] = "uk",
            ["vn"] = "vi",
            ["cz"] = "cs",
            ["iw"] = "he",
            ["in"] = "id",
        };

        /// <summary>Region subtags that are not ISO 3166-1 codes, and the region meant.</summary>
        private static readonly Dictionary<string, string> RegionMistakes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["UK"] = "GB",
        };

        /// <summary>Is the name a known culture name (case-insensitive)?</summary>
        public static bool IsKnown(string name)
        {
            if (NameMistakes.ContainsKey(name)) return false;
            string[] subtags = name.Split('-');
            if (subtags.Length == 0 || !Languages.Contains(subtags[0])) return false;
            int i = 1;
            if (i < subtags.Length && subtags[i].Length == 4 && IsLetters(subtags[i]))
            {
                if (!Scripts.Contains(subtags[i])) return false;
                i++;
            }

            if (i < subtags.Length && ((subtags[i].Length == 2 && IsLetters(subtags[i])) || (subtags[i].Length == 3 && IsDigits(subtags[i]))))
            {
                if (!Regions.Contains(subtags[i])) return false;
                i++;
            }

            // Variants (5-8 characters, or a digit and 3), then extensions and private use (a singleton and 2-8 character subtags).
            bool afterSingleton = false;
            for (; i < subtags.Length; i++)
            {
                string tag = subtags[i];
                if (tag.Length == 0 || tag.Length > 8 || !IsAlphanumeric(tag)) return false;
                if (tag.Length == 1)
                {
                    afterSingleton = true;
                    continue;
                }

                if (afterSingleton) continue;
                bool variant = tag.Length >= 5 || (tag.Length == 4 && tag[0] >= '0' && tag[0] <= '9');
                if (!variant) return false;
            }

            return !afterSingleton || subtags[subtags.Length - 1].Length > 1;
        }

        /// <summary>
        /// The name the writer probably meant, in canonical case (zh_tw → zh-TW, kr → ko, en-UK → en-GB), or
        /// null when none can be told. <paramref name="chineseScript"/> settles a Chinese script subtag that
        /// is close to both Hans and Hant (zh-Hanz), from the characters of the file.
        /// </summary>
        public static string? Suggest(string name, TextScript chineseScript)
        {
            string repaired = name.Replace('_', '-').Trim('-');
            while (repaired.IndexOf("--", StringComparison.Ordinal) >= 0) repaired = repaired.Replace("--", "-");
            if (repaired.Length == 0) return null;
            if (NameMistakes.TryGetValue(repaired, out var meant)) return meant;

            string[] subtags = repaired.Split('-');
            if (LanguageMistakes.TryGetValue(subtags[0], out var language)) subtags[0] = language;
            subtags[0] = subtags[0].ToLowerInvariant();
            bool chinese = subtags[0] == "zh";
            for (int i = 1; i < subtags.Length; i++)
            {
                string tag = subtags[i];
                if (i == 1 && chinese && (string.Equals(tag, "CHS", StringComparison.OrdinalIgnoreCase) || string.Equals(tag, "CHT", StringComparison.OrdinalIgnoreCase)))
                {
                    subtags[i] = char.ToUpperInvariant(tag[2]) == 'S' ? "Hans" : "Hant";
                }
                else if (tag.Length == 4 && IsLetters(tag))
                {
                    string? script = Scripts.Contains(tag) ? Canonical(tag) : NearScript(tag, chinese, chineseScript);
                    if (script is null) return null;
                    subtags[i] = script;
                }
                else if (tag.Length == 2 && IsLetters(tag))
                {
                    subtags[i] = RegionMistakes.TryGetValue(tag, out var region) ? region : tag.ToUpperInvariant();
                }
            }

            string suggestion = string.Join("-", subtags);
            if (NameMistakes.TryGetValue(suggestion, out var whole)) suggestion = whole;
            return IsKnown(suggestion) && !string.Equals(suggestion, name, StringComparison.Ordinal) ? suggestion : null;
        }

        private static string? NearScript(string tag, bool chinese, TextScript chineseScript)
        {
            if (chinese)
            {
                bool nearHans = Distance(tag, "Hans") <= 1;
                bool nearHant = Distance(tag, "Hant") <= 1;
                if (nearHans && nearHant)
                {
                    if (chineseScript == TextScript.Simplified) return "Hans";
                    if (chineseScript == TextScript.Traditional) return "Hant";
                    return null;
                }

                if (nearHans) return "Hans";
                if (nearHant) return "Hant";
            }

            string? only = null;
            foreach (var script in Scripts)
            {
                if (Distance(tag, script) > 1) continue;
                if (only is not null) return null; // two equally near: do not guess
                only = script;
            }

            return only is null ? null : Canonical(only);
        }

        /// <summary>Levenshtein distance of two short subtags, ignoring case; 2 or more is reported as 2.</summary>
        private static int Distance(string a, string b)
        {
            if (a.Length != b.Length) return Math.Abs(a.Length - b.Length) > 1 ? 2 : LengthDistance(a, b);
            int differences = 0;
            for (int i = 0; i < a.Length; i++)
            {
                if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i]) && ++differences > 1) return 2;
            }

            return differences;
        }

        private static int LengthDistance(string a, string b)
        {
            // One insertion or deletion: the shorter must be the longer without one character.
            string shorter = a.Length < b.Length ? a : b;
            string longer = a.Length < b.Length ? b : a;
            for (int skip = 0; skip < longer.Length; skip++)
            {
                if (string.Equals(longer.Remove(skip, 1), shorter, StringComparison.OrdinalIgnoreCase)) return 1;
            }

            return 2;
        }

        private static string Canonical(string script) => char.ToUpperInvariant(script[0]) + script.Substring(1).ToLowerInvariant();

        private static bool IsLetters(string value)
        {
            foreach (char c in value)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
            }

            return true;
        }

        private static bool IsDigits(string value)
        {
            foreach (char c in value)
            {
                if (c < '0' || c > '9') return false;
            }

            return true;
        }

        private static bool IsAlphanumeric(string value)
        {
            foreach (char c in value)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            }

            return true;
        }

        private static HashSet<string> Set(string items) =>
            new HashSet<string>(items.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
    }
}
