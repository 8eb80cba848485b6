namespace PhraseCatalog.Core.Problems
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

        // Quality rules (issue 4): checks of the texts themselves, run by Validation/Quality.
        public const string ScriptMismatchId = "PHR0009";
        public const string AddressRegisterId = "PHR0010";
        public const string ForbiddenInApprovedId = "PHR0011";
        public const string TemplateMarkId = "PHR0012";
        public const string PunctuationId = "PHR0013";
        public const string WhitespaceId = "PHR0014";
        public const string CultureNameId = "PHR0015";
        public const string UntranslatedId = "PHR0016";
        public const string FusedParticleId = "PHR0017";

        // Rules for existing resx translations (issue 14): IDs from PHR0030 up.
        public const string UntranslatedTextId = "PHR0030";
        // Speech (issue 12).
        public const string PauseId = "PHR0019";
        public const string ProcedureId = "PHR0020";
        public const string UnknownSettingId = "PHR0021";

        public static readonly PhraseRule Unreadable = new PhraseRule(
            UnreadableId,
            "Phrase file cannot be read",
            "The phrase file cannot be read: {0}",
            RuleSeverity.Error,
            "The file is not a well-formed .resx phrase file (malformed XML, a DTD, invalid UTF-8, or larger than the 4 MiB limit). None of its entries are used.");

        public static readonly PhraseRule NotPlainString = new PhraseRule(
            NotPlainStringId,
            "Phrase entry is not plain text",
            "The entry '{0}' is not plain text ({1}), so it is skipped: only text entries become phrases, and nothing else is deserialized or followed",
            RuleSeverity.Info,
            "Entries with a type or mimetype attribute (images, icons, serialized objects), file references and Windows Forms designer entries (>>name, $this.name) are not phrases. They are skipped, never deserialized or followed; the text entries of the same file are phrases. A value containing XML markup is an error.");

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
            "A key becomes a C# name: a key without a dot is a member of the catalog class, a dotted key (Greeting.InboundCall) nested classes and a member; other characters are mapped to '_' by a fixed rule. No two keys may produce the same C# name, and none a name the generated code or C# reserves.");

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
            "Placeholders are written {name} or {name:type}, and in Korean texts also with a particle pair, {name|을/를}; a literal brace is written {{ or }}.");

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

        // Quality rules: every message is finished by the check that reports it ("{0}"), because
        // each rule has several findings that need different words for a translator.
        public static readonly PhraseRule ScriptMismatch = new PhraseRule(
            ScriptMismatchId,
            "Character of the wrong script",
            "{0}",
            RuleSeverity.Warning,
            "A zh-Hant text must not contain Simplified-only characters, a zh-Hans text no Traditional-only ones, and a Korean text no Han characters where Hangul is expected.");

        public static readonly PhraseRule AddressRegister = new PhraseRule(
            AddressRegisterId,
            "Customer addressed in the wrong register",
            "{0}",
            RuleSeverity.Warning,
            "Customers are addressed politely: 您 (not 你) and 各位 (not 你们) in Chinese; 고객님 (not 너, 당신) and polite sentence endings in Korean; honorifics only for people; no misspellings that are never correct.");

        public static readonly PhraseRule ForbiddenInApproved = new PhraseRule(
            ForbiddenInApprovedId,
            "Approved phrase contains a forbidden phrase",
            "{0}",
            RuleSeverity.Warning,
            "No approved text may contain a phrase that the catalog's forbidden-phrase files list for the same culture.");

        public static readonly PhraseRule TemplateMark = new PhraseRule(
            TemplateMarkId,
            "Leftover template mark",
            "{0}",
            RuleSeverity.Warning,
            "Marks such as ××, XX, *** or 某 stand for a value the agent fills in; write a named placeholder such as {surname} instead, so the code must supply it.");

        public static readonly PhraseRule Punctuation = new PhraseRule(
            PunctuationId,
            "Punctuation does not fit the culture",
            "{0}",
            RuleSeverity.Warning,
            "Chinese text uses full-width punctuation (。，！？：；), the culture's quotation marks (“” in zh-Hans, 「」 in zh-Hant), …… and ——; Korean text uses half-width punctuation; placeholders use half-width braces.");

        public static readonly PhraseRule Whitespace = new PhraseRule(
            WhitespaceId,
            "Unexpected white space",
            "{0}",
            RuleSeverity.Warning,
            "A text has no leading or trailing white space, no doubled spaces, and no ideographic space (U+3000) where none belongs.");

        public static readonly PhraseRule CultureName = new PhraseRule(
            CultureNameId,
            "Unknown or undeclared culture",
            "{0}",
            RuleSeverity.Warning,
            "The culture part of a phrase file's name must be a known culture name, and one of the catalog's declared cultures when PhraseCatalogCultures is set.");

        public static readonly PhraseRule Untranslated = new PhraseRule(
            UntranslatedId,
            "Probably untranslated or copied",
            "{0}",
            RuleSeverity.Warning,
            "A zh-Hant text identical to its zh-Hans text although the scripts differ for it was probably never converted; the same text under two keys of one scenario was probably pasted twice.");

        public static readonly PhraseRule FusedParticle = new PhraseRule(
            FusedParticleId,
            "Korean particle fused to a placeholder",
            "{0}",
            RuleSeverity.Warning,
            "The right Korean particle (을/를, 이/가, 은/는, 와/과, 으로/로) depends on the value's last syllable, so it cannot be written after a placeholder; use the particle form {name|을/를} and the generated code picks it.");

        public static readonly PhraseRule UntranslatedText = new PhraseRule(
            UntranslatedTextId,
            "Text left untranslated",
            "{0}",
            RuleSeverity.Warning,
            "A translation that is still the source text: the neutral file's text unchanged, or English words in a Chinese or Korean file. Short tokens (OK, URL), product names, formats and placeholders are not reported.");

        public static readonly PhraseRule Pause = new PhraseRule(
            PauseId,
            "Malformed or too long pause",
            "{0}",
            RuleSeverity.Error,
            "A pause inside a phrase is written {pause:500ms} or {pause:2s} (whole milliseconds, at most 10 s); SSML says it as <break time=\"2000ms\"/> and Text() leaves it out.");

        public static readonly PhraseRule Procedure = new PhraseRule(
            ProcedureId,
            "Invalid timed prompt procedure",
            "{0}",
            RuleSeverity.Error,
            "A comment line 'Procedure Name: no input after 5s: Next.Key' (or ': hang up') makes the phrase a step of a timed prompt procedure; the timeout needs a unit, the next step must be a placeholder-free phrase of the same procedure, and following the steps must end in a hang-up.");

        public static readonly PhraseRule UnknownSetting = new PhraseRule(
            UnknownSettingId,
            "Build setting value not understood",
            "{0}",
            RuleSeverity.Warning,
            "A PhraseCatalog build setting with a fixed set of values (PhraseCatalogTextKind and the PhraseFile item's TextKind: spoken, chat or ui; PhraseCatalogTaiwanStandard: a boolean as MSBuild reads one) has another value; the build uses the default instead and says which.");

        public static readonly PhraseRule[] All =
        {
            Unreadable, NotPlainString, DuplicateKey, InvalidKey, MissingTranslation, PlaceholderMismatch, MalformedPlaceholder, EmptyText, UnknownReplacement,
            ScriptMismatch, AddressRegister, ForbiddenInApproved, TemplateMark, Punctuation, Whitespace, CultureName, Untranslated, FusedParticle,
            Pause, Procedure, UnknownSetting, UntranslatedText,
        };
    }
}
