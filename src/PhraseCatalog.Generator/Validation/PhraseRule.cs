namespace PhraseCatalog.Generator.Validation
{
    internal enum RuleSeverity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>A phrase-file rule, described without Roslyn so the command-line tools share it.</summary>
    internal sealed record PhraseRule(string Id, string Title, string MessageFormat, RuleSeverity Severity, string Description)
    {
        public string HelpLink => "https://github.com/phrasecatalog/phrasecatalog/blob/main/docs/rules/" + Id + ".md";

        public string Format(params string[] args)
        {
            // One pass, so an argument that itself contains "{1}" is never substituted again;
            // never culture-sensitive formatting.
            var builder = new System.Text.StringBuilder(MessageFormat.Length + 32);
            for (int i = 0; i < MessageFormat.Length; i++)
            {
                char c = MessageFormat[i];
                if (c == '{' && i + 2 < MessageFormat.Length && MessageFormat[i + 2] == '}' && char.IsDigit(MessageFormat[i + 1]))
                {
                    int index = MessageFormat[i + 1] - '0';
                    builder.Append(index < args.Length ? args[index] : string.Empty);
                    i += 2;
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>The phrase-file rules. IDs are public contract and are never reused.</summary>
    internal static class PhraseRules
    {
        public const string Category = "PhraseCatalog.PhraseFiles";

        public const string UnreadableId = "PHR0001";
        public const string NotPlainStringId = "PHR0002";
        public const string DuplicateKeyId = "PHR0003";
        public const string InvalidKeyId = "PHR0004";
        public const string MissingTranslationId = "PHR0005";
        public const string PlaceholderMismatchId = "PHR0006";
        public const string MalformedPlaceholderId = "PHR0007";
        public const string EmptyTextId = "PHR0008";
        public const string UnknownReplacementId = "PHR0018";

        public static readonly PhraseRule Unreadable = new PhraseRule(
            UnreadableId,
            "Phrase file cannot be read",
            "The phrase file cannot be read: {0}",
            RuleSeverity.Error,
            "The file is not a well-formed .resx phrase file (malformed XML, a DTD, invalid UTF-8, or larger than the 4 MiB limit). None of its entries are used.");

        public static readonly PhraseRule NotPlainString = new PhraseRule(
            NotPlainStringId,
            "Phrase entry is not plain text",
            "The entry '{0}' is not plain text ({1}); a phrase must be a plain string, so the entry is ignored",
            RuleSeverity.Error,
            "Entries with a type or mimetype attribute, or file references, can carry serialized objects or point at other files. Phrase files never deserialize or follow them.");

        public static readonly PhraseRule DuplicateKey = new PhraseRule(
            DuplicateKeyId,
            "Duplicate phrase key",
            "The key '{0}' already appears at line {1} of this file; only the first entry is used",
            RuleSeverity.Error,
            "Each key may appear once per phrase file.");

        public static readonly PhraseRule InvalidKey = new PhraseRule(
            InvalidKeyId,
            "Phrase key cannot become a C# name",
            "{0}",
            RuleSeverity.Error,
            "A key is a scenario path such as Greeting.InboundCall: two or more parts separated by dots, each a C# identifier, and no two keys may produce the same C# name.");

        public static readonly PhraseRule MissingTranslation = new PhraseRule(
            MissingTranslationId,
            "Phrase missing in a culture",
            "The key '{0}' has no text in {1}; the {2} text is used there instead",
            RuleSeverity.Warning,
            "Every key of a catalog should have a text in every culture the catalog has.");

        public static readonly PhraseRule PlaceholderMismatch = new PhraseRule(
            PlaceholderMismatchId,
            "Placeholders differ between cultures",
            "The {0} text of '{1}' has the placeholders {2}, but the {3} text has {4}; this text is not used until they match",
            RuleSeverity.Error,
            "All cultures of a key must use the same placeholder names (and types), in any order.");

        public static readonly PhraseRule MalformedPlaceholder = new PhraseRule(
            MalformedPlaceholderId,
            "Malformed placeholder",
            "{0}",
            RuleSeverity.Error,
            "Placeholders are written {name} or {name:type}; a literal brace is written {{ or }}.");

        public static readonly PhraseRule EmptyText = new PhraseRule(
            EmptyTextId,
            "Empty phrase text",
            "The key '{0}' has an empty text",
            RuleSeverity.Error,
            "An approved phrase must say something.");

        public static readonly PhraseRule UnknownReplacement = new PhraseRule(
            UnknownReplacementId,
            "Forbidden phrase names an unknown replacement",
            "The forbidden phrase '{0}' says 'Instead: {1}', but catalog '{2}' has no approved key '{1}'",
            RuleSeverity.Warning,
            "The Instead: line of a forbidden phrase's comment must name approved keys of the same catalog, so the analyzers can suggest them.");

        public static readonly PhraseRule[] All =
        {
            Unreadable, NotPlainString, DuplicateKey, InvalidKey, MissingTranslation, PlaceholderMismatch, MalformedPlaceholder, EmptyText, UnknownReplacement,
        };
    }
}
