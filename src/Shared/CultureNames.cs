using System;

namespace PhraseCatalog.Shared
{
    /// <summary>The script a culture name implies for PhraseCatalog's cultures.</summary>
    internal enum CultureScript
    {
        /// <summary>Not Chinese or Korean: no script rules apply.</summary>
        Other,

        /// <summary>zh, zh-Hans, zh-CN, zh-SG, zh-MY and every other Chinese name without a Traditional marker.</summary>
        Simplified,

        /// <summary>zh-Hant, zh-TW, zh-HK, zh-MO and names carrying a Hant script subtag.</summary>
        Traditional,

        /// <summary>ko and ko-*.</summary>
        Korean,
    }

    /// <summary>
    /// The one table of culture names: which script a name implies and which catalog culture it
    /// falls back to. Shared source, compiled into the runtime and the core (the analyzers use the
    /// core's), so culture resolution and every rule give the same answer for the same name. Names
    /// only, never the machine's culture data, so it works under InvariantGlobalization. '_' counts
    /// as '-' (zh_TW from POSIX locales); case never matters.
    /// </summary>
    internal static class CultureNames
    {
        public const string Simplified = "zh-Hans";
        public const string Traditional = "zh-Hant";
        public const string Korean = "ko";

        /// <summary>The script of a culture name.</summary>
        public static CultureScript ScriptOf(string? name)
        {
            if (name is null || name.Length < 2) return CultureScript.Other;
            if (HasLanguage(name, "ko")) return CultureScript.Korean;
            if (!HasLanguage(name, "zh")) return CultureScript.Other;

            // An explicit script subtag wins wherever it stands (zh-Hant-HK, zh-yue-Hant); else the region decides.
            CultureScript byRegion = CultureScript.Simplified;
            int start = 3;
            while (start < name.Length)
            {
                int end = start;
                while (end < name.Length && !IsSeparator(name[end])) end++;
                int length = end - start;
                if (length == 4)
                {
                    if (SubtagIs(name, start, length, "Hant")) return CultureScript.Traditional;
                    if (SubtagIs(name, start, length, "Hans")) return CultureScript.Simplified;
                }
                else if (length == 2 && (SubtagIs(name, start, length, "TW") || SubtagIs(name, start, length, "HK") || SubtagIs(name, start, length, "MO")))
                {
                    byRegion = CultureScript.Traditional;
                }

                start = end + 1;
            }

            return byRegion;
        }

        /// <summary>zh-Hans or zh-Hant for a Chinese name; null for any other.</summary>
        public static string? ChineseScriptCulture(string? name) => ScriptOf(name) switch
        {
            CultureScript.Simplified => Simplified,
            CultureScript.Traditional => Traditional,
            _ => null,
        };

        /// <summary>Hong Kong or Macau Chinese, whose Traditional text Taiwan's standard forms do not govern.</summary>
        public static bool IsHongKongOrMacau(string? name)
        {
            if (name is null || !HasLanguage(name, "zh")) return false;
            int start = 3;
            while (start < name.Length)
            {
                int end = start;
                while (end < name.Length && !IsSeparator(name[end])) end++;
                if (SubtagIs(name, start, end - start, "HK") || SubtagIs(name, start, end - start, "MO")) return true;
                start = end + 1;
            }

            return false;
        }

        // The catalog cultures a Chinese request falls to after its own name, nearest first: the
        // script culture, then the regions that write that script (Hong Kong and Macau share one
        // standard, so each prefers the other to Taiwan), then bare zh for Simplified.
        private static readonly string[] SimplifiedOrder = { Simplified, "zh-CN", "zh-SG", "zh-MY", "zh" };
        private static readonly string[] TraditionalOrder = { Traditional, "zh-TW", "zh-HK", "zh-MO" };
        private static readonly string[] HongKongOrder = { Traditional, "zh-HK", "zh-MO", "zh-TW" };

        /// <summary>
        /// The index in <paramref name="names"/> (a catalog's cultures) of the culture whose text a
        /// request for <paramref name="name"/> gets, or -1 when none fits (the caller then uses its
        /// default: the neutral file, else the default culture). The one resolution table, used by the
        /// runtime for requests and by the model for a key missing in one file:
        /// <list type="number">
        /// <item>the name itself (case-insensitive, '_' as '-');</item>
        /// <item>a Chinese name: its script culture (zh-Hans, zh-Hant), then the regions of that script
        /// (zh-CN, zh-SG… for Simplified; zh-TW, zh-HK, zh-MO for Traditional), then any other culture of that script;</item>
        /// <item>the name with subtags dropped from the right (ko-KR → ko, en-US → en);</item>
        /// <item>any culture of the same language (ko → ko-KR; zh-Hans → a zh-TW text rather than another language).</item>
        /// </list>
        /// <paramref name="usable"/> (optional) excludes catalog cultures, such as one without the key.
        /// </summary>
        public static int Match(string[] names, string name, Predicate<int>? usable = null)
        {
            if (name.IndexOf('_') >= 0) name = name.Replace('_', '-');
            int found = IndexOf(names, name, name.Length, usable);
            if (found >= 0) return found;

            var script = ScriptOf(name);
            if (script == CultureScript.Simplified || script == CultureScript.Traditional)
            {
                var order = script == CultureScript.Simplified ? SimplifiedOrder : IsHongKongOrMacau(name) ? HongKongOrder : TraditionalOrder;
                foreach (var preferred in order)
                {
                    found = IndexOf(names, preferred, preferred.Length, usable);
                    if (found >= 0) return found;
                }

                for (int i = 0; i < names.Length; i++)
                {
                    if ((usable is null || usable(i)) && HasLanguage(names[i], "zh") && ScriptOf(names[i]) == script) return i;
                }
            }

            for (int end = name.LastIndexOf('-'); end > 0; end = name.LastIndexOf('-', end - 1))
            {
                found = IndexOf(names, name, end, usable);
                if (found >= 0) return found;
            }

            int languageEnd = 0;
            while (languageEnd < name.Length && !IsSeparator(name[languageEnd])) languageEnd++;
            if (languageEnd >= 2)
            {
                string language = name.Substring(0, languageEnd);
                // Chinese texts of either script beat another language; elsewhere an explicit script
                // must agree (sr-Cyrl never gets sr-Latn text).
                bool chinese = HasLanguage(name, "zh");
                string? explicitScript = chinese ? null : ScriptSubtag(name);
                for (int i = 0; i < names.Length; i++)
                {
                    if ((usable is null || usable(i)) && HasLanguage(names[i], language)
                        && (explicitScript is null || ScriptSubtag(names[i]) is not { } other || string.Equals(explicitScript, other, StringComparison.OrdinalIgnoreCase)))
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        // The 4-letter script subtag after the language (Latn in sr-Latn-RS), or null.
        private static string? ScriptSubtag(string name)
        {
            int start = name.IndexOfAny(Separators);
            if (start < 0) return null;
            int end = name.IndexOfAny(Separators, start + 1);
            if (end < 0) end = name.Length;
            return end - start - 1 == 4 ? name.Substring(start + 1, 4) : null;
        }

        private static readonly char[] Separators = { '-', '_' };

        // The first name equal to the first `length` characters of `value`, ignoring case and '_' vs '-'.
        private static int IndexOf(string[] names, string value, int length, Predicate<int>? usable)
        {
            for (int i = 0; i < names.Length; i++)
            {
                string candidate = names[i];
                if (candidate.Length != length || (usable is not null && !usable(i))) continue;
                bool same = true;
                for (int k = 0; k < length && same; k++)
                {
                    char a = candidate[k] == '_' ? '-' : char.ToLowerInvariant(candidate[k]);
                    char b = char.ToLowerInvariant(value[k]);
                    same = a == b;
                }

                if (same) return i;
            }

            return -1;
        }

        /// <summary>True when the name's language subtag is <paramref name="language"/>.</summary>
        public static bool HasLanguage(string name, string language) =>
            name.Length >= language.Length
            && string.Compare(name, 0, language, 0, language.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (name.Length == language.Length || IsSeparator(name[language.Length]));

        public static bool IsSeparator(char c) => c == '-' || c == '_';

        private static bool SubtagIs(string name, int start, int length, string subtag) =>
            length == subtag.Length && string.Compare(name, start, subtag, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
