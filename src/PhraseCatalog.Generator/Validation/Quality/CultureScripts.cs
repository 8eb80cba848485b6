using System;

namespace PhraseCatalog.Generator.Validation.Quality
{
    /// <summary>The script a culture's texts are written in, as far as the quality rules check it.</summary>
    internal enum TextScript
    {
        /// <summary>Not checked: a culture these rules have no tables for.</summary>
        None,
        Simplified,
        Traditional,
        Korean,
    }

    /// <summary>
    /// Which script a culture name implies, from the name alone (the same table the runtime's culture
    /// resolution uses: zh-Hant, zh-TW, zh-HK, zh-MO → Traditional; zh, zh-Hans, zh-CN, zh-SG → Simplified;
    /// ko-* → Korean). '_' counts as '-', case does not matter.
    /// </summary>
    internal static class CultureScripts
    {
        public static TextScript Of(string culture)
        {
            string name = culture.Replace('_', '-');
            if (IsLanguage(name, "ko")) return TextScript.Korean;
            if (!IsLanguage(name, "zh")) return TextScript.None;
            if (name.Length == 2) return TextScript.Simplified;
            string rest = name.Substring(3);
            if (StartsWithSubtag(rest, "Hant")) return TextScript.Traditional;
            if (StartsWithSubtag(rest, "Hans")) return TextScript.Simplified;
            if (StartsWithSubtag(rest, "TW") || StartsWithSubtag(rest, "HK") || StartsWithSubtag(rest, "MO")) return TextScript.Traditional;
            return TextScript.Simplified;
        }

        /// <summary>Hong Kong and Macau Traditional, which Taiwan's standard forms do not govern.</summary>
        public static bool IsHongKongOrMacau(string culture)
        {
            string name = culture.Replace('_', '-');
            if (!IsLanguage(name, "zh")) return false;
            foreach (var subtag in name.Split('-'))
            {
                if (string.Equals(subtag, "HK", StringComparison.OrdinalIgnoreCase) || string.Equals(subtag, "MO", StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private static bool IsLanguage(string name, string language) => StartsWithSubtag(name, language);

        private static bool StartsWithSubtag(string value, string subtag) =>
            value.Length >= subtag.Length
            && string.Compare(value, 0, subtag, 0, subtag.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (value.Length == subtag.Length || value[subtag.Length] == '-');
    }
}
