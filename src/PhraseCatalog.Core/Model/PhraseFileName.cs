using System;

namespace PhraseCatalog.Core.Model
{
    internal enum PhraseFileKind
    {
        Approved,
        Forbidden,
    }

    /// <summary>
    /// What a phrase file's name says: <c>&lt;Catalog&gt;.&lt;culture&gt;.resx</c>, or
    /// <c>&lt;Catalog&gt;.Forbidden.&lt;culture&gt;.resx</c>; without a culture part the file is the
    /// catalog's default culture.
    /// </summary>
    internal sealed record PhraseFileName(string Catalog, string? Culture, PhraseFileKind Kind)
    {
        public const string ForbiddenMarker = "Forbidden";

        /// <summary>Splits a file name; <paramref name="error"/> explains a name that cannot be used.</summary>
        public static PhraseFileName? Parse(string fileName, out string? error)
        {
            error = null;
            string name = fileName;
            if (name.EndsWith(".resx", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 5);
            string[] parts = name.Split('.');
            string catalog = parts[0];
            string? culture = null;
            var kind = PhraseFileKind.Approved;

            if (parts.Length == 2)
            {
                if (parts[1] == ForbiddenMarker) kind = PhraseFileKind.Forbidden;
                else culture = parts[1];
            }
            else if (parts.Length == 3 && parts[1] == ForbiddenMarker)
            {
                kind = PhraseFileKind.Forbidden;
                culture = parts[2];
            }
            else if (parts.Length > 2)
            {
                error = $"The file name '{fileName}' has too many parts; name phrase files <Catalog>.<culture>.resx or <Catalog>.Forbidden.<culture>.resx";
                return null;
            }

            if (!Identifiers.IsValid(catalog))
            {
                error = $"The catalog name '{catalog}' (from the file name '{fileName}') is not a valid C# identifier, so it cannot become a class name";
                return null;
            }

            // A culture part that could be a name, however wrong (zh_TW, kr, zh-CHS), is read as written,
            // so its texts are still checked; PHR0015 says what to call it. Only a part that cannot name
            // anything (empty, spaces, other characters) makes the file unusable.
            if (culture is not null && !IsNameLike(culture))
            {
                error = $"The culture part '{culture}' of '{fileName}' is not a culture name such as zh-Hans, zh-Hant or ko";
                return null;
            }

            return new PhraseFileName(catalog, culture, kind);
        }

        /// <summary>ASCII letters, digits, '-' and '_' only: what a culture part may be to be read at all (PHR0015 checks the rest).</summary>
        public static bool IsNameLike(string value)
        {
            if (value.Length == 0 || value.Length > 64) return false;
            foreach (char c in value)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                if (!ok) return false;
            }

            return true;
        }

        /// <summary>A BCP 47 shape check only: letters and digits in subtags of 1 to 8, the first of 2 to 3 letters.</summary>
        public static bool IsCultureName(string value)
        {
            string[] subtags = value.Split('-');
            if (subtags[0].Length < 2 || subtags[0].Length > 3) return false;
            for (int s = 0; s < subtags.Length; s++)
            {
                string tag = subtags[s];
                if (tag.Length == 0 || tag.Length > 8) return false;
                foreach (char c in tag)
                {
                    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    bool digit = c >= '0' && c <= '9';
                    if (s == 0 ? !letter : !(letter || digit)) return false;
                }
            }

            return true;
        }
    }
}
