using System.Text;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// The C# names a key becomes. A key is split at its dots: the last part is the member, the parts
    /// before it nested classes, so a key without a dot is a member of the catalog class itself.
    /// A part that is not a C# identifier (resx keys such as <c>Button OK</c> or <c>1st</c>) is
    /// mapped by one fixed rule, documented in docs/phrase-files.md:
    /// <list type="number">
    /// <item>every run of characters that may not appear in an identifier becomes one <c>_</c>;</item>
    /// <item>runs of <c>_</c> are folded into one (<c>__</c> is kept for generated members);</item>
    /// <item>a name that then starts with a digit (or is empty) gets a leading <c>_</c>.</item>
    /// </list>
    /// A key with an empty part (a dot at an end, two dots in a row) is read as one part, dots
    /// included, so <c>.NET</c> becomes <c>_NET</c>. The phrase keeps its original key as its Key;
    /// the analyzers use this same mapping to name the member in their fixes.
    /// </summary>
    internal static class KeyNames
    {
        /// <summary>The C# path of a key: nested class names, then the member name.</summary>
        public static string[] ToPath(string key)
        {
            string[] parts = key.Split('.');
            foreach (var part in parts)
            {
                if (part.Length == 0)
                {
                    parts = new[] { key };
                    break;
                }
            }

            for (int i = 0; i < parts.Length; i++) parts[i] = ToIdentifier(parts[i]);
            return parts;
        }

        /// <summary>True when the key's C# path is its parts as written.</summary>
        public static bool IsMapped(string key, string[] path) => key != string.Join(".", path);

        /// <summary>A part as a C# identifier: unchanged when it is one, else mapped by the rule above.</summary>
        public static string ToIdentifier(string part)
        {
            if (Identifiers.IsValid(part)) return part;
            var builder = new StringBuilder(part.Length + 1);
            foreach (char c in part)
            {
                // A letter outside the BMP (a surrogate pair) is not accepted by Identifiers, so it maps too.
                char mapped = Identifiers.IsPart(c) ? c : '_';
                if (mapped == '_' && builder.Length > 0 && builder[builder.Length - 1] == '_') continue;
                builder.Append(mapped);
            }

            if (builder.Length == 0 || !Identifiers.IsStart(builder[0])) builder.Insert(0, '_');

            return builder.ToString();
        }
    }
}
