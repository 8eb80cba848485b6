using System.Globalization;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// C# identifier rules (ECMA-334 §6.4.3) without Roslyn, so the model can be shared with the
    /// command-line tools. Keys in Hangul or Han letters are valid identifiers and stay as they are.
    /// </summary>
    internal static class Identifiers
    {
        public static bool IsValid(string? name)
        {
            if (name is null || name.Length == 0) return false;
            if (!IsStart(name[0])) return false;
            for (int i = 1; i < name.Length; i++)
            {
                if (!IsPart(name[i])) return false;
            }

            return true;
        }

        public static bool IsStart(char c)
        {
            if (c == '_') return true;
            if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsPart(char c)
        {
            if (c < 0x80) return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (IsStart(c)) return true;
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.Format:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// The name as C# compares identifiers: formatting characters (Unicode category Cf, such as
        /// U+200B or U+00AD) are ignored by the compiler, so <c>Ask\u200B</c> and <c>Ask</c> are one name.
        /// </summary>
        public static string Canonical(string name)
        {
            int i = 0;
            while (i < name.Length && (name[i] < 0x80 || CharUnicodeInfo.GetUnicodeCategory(name[i]) != UnicodeCategory.Format)) i++;
            if (i == name.Length) return name;

            var builder = new System.Text.StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (c < 0x80 || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) builder.Append(c);
            }

            return builder.ToString();
        }

        /// <summary>A dotted namespace such as <c>Contoso.CallCenter</c>.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (var part in name.Split('.'))
            {
                if (!IsValid(part)) return false;
            }

            return true;
        }
    }
}
