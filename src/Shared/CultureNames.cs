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
