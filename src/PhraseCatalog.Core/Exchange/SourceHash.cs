using System.Security.Cryptography;
using System.Text;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// The fingerprint of a unit's source text that an export writes and an import checks: SHA-256
    /// of the text's UTF-8 bytes, lower-case hex. A translation whose recorded hash differs from the
    /// current source text's was made from text that has since changed.
    /// </summary>
    internal static class SourceHash
    {
        public const string MetaType = "sourceHash";

        [System.ThreadStatic]
        private static SHA256? _sha;

        public static string Of(string text)
        {
            var sha = _sha ??= SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash) builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }
    }
}
