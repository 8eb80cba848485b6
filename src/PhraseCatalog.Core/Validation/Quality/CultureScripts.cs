using System;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Validation.Quality
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

    /// <summary>Which script a culture name implies: the rules' view of <see cref="CultureNames"/>.</summary>
    internal static class CultureScripts
    {
        public static TextScript Of(string culture) => CultureNames.ScriptOf(culture) switch
        {
            CultureScript.Simplified => TextScript.Simplified,
            CultureScript.Traditional => TextScript.Traditional,
            CultureScript.Korean => TextScript.Korean,
            _ => TextScript.None,
        };

        /// <summary>Hong Kong and Macau Traditional, which Taiwan's standard forms do not govern.</summary>
        public static bool IsHongKongOrMacau(string culture) => CultureNames.IsHongKongOrMacau(culture);
    }
}
