using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// Reads the values of the build settings that have a fixed set of answers. A value outside that
    /// set is never dropped in silence: it gives PHR0021 naming the setting, the value and what the
    /// build does instead, so a typo (<c>spokn</c>, <c>yes</c>) does not quietly change which rules run.
    /// Hosts (the generator, the tool) hand in the raw strings; the answers live here only.
    /// </summary>
    internal static class BuildSettings
    {
        public const string TextKindProperty = "PhraseCatalogTextKind";
        public const string TaiwanStandardProperty = "PhraseCatalogTaiwanStandard";

        /// <summary>The values of <see cref="TextKind"/> as they are written, in the order docs list them.</summary>
        public const string TextKindValues = "spoken, chat or ui";

        /// <summary>Reads a text kind (spoken, chat, ui; case-insensitive, trimmed), or null for anything else.</summary>
        public static TextKind? ParseTextKind(string? value) => value?.Trim().ToLowerInvariant() switch
        {
            "spoken" => TextKind.Spoken,
            "chat" => TextKind.Chat,
            "ui" => TextKind.Ui,
            _ => null,
        };

        /// <summary>The name of a text kind as it is written in a project file.</summary>
        public static string Name(TextKind kind) => kind switch
        {
            TextKind.Chat => "chat",
            TextKind.Ui => "ui",
            _ => "spoken",
        };

        /// <summary>
        /// The project's <c>PhraseCatalogTextKind</c>: unset or empty is <see cref="TextKind.Spoken"/>;
        /// a value not understood is reported and read as spoken, the default.
        /// </summary>
        public static TextKind ReadTextKind(string? value, ICollection<PhraseProblem> problems)
        {
            if (string.IsNullOrWhiteSpace(value)) return TextKind.Spoken;
            if (ParseTextKind(value) is { } kind) return kind;
            problems.Add(PhraseProblem.Create(
                PhraseRules.UnknownSetting,
                null,
                $"The project sets {TextKindProperty} to '{value!.Trim()}', which is not {TextKindValues}; the rules treat the texts as spoken, the default. Write one of those values."));
            return TextKind.Spoken;
        }

        /// <summary>
        /// A phrase file's <c>TextKind</c> item metadata: unset or empty leaves the project's kind;
        /// a value not understood is reported at the file's start and the project's kind applies.
        /// </summary>
        public static ParsedPhraseFile WithTextKind(ParsedPhraseFile file, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return file;
            if (ParseTextKind(value) is { } kind) return file with { TextKind = kind };
            var problem = PhraseProblem.Create(
                PhraseRules.UnknownSetting,
                SourceSpan.FileStart(file.Path),
                $"The PhraseFile item of this file has TextKind=\"{value!.Trim()}\", which is not {TextKindValues}; the project's {TextKindProperty} applies to it instead. Write one of those values.");
            var problems = ImmutableArray.CreateBuilder<PhraseProblem>(file.Content.Problems.Count + 1);
            problems.AddRange(file.Content.Problems);
            problems.Add(problem);
            return file with { Content = file.Content with { Problems = problems.ToImmutable().ToEquatableArray() } };
        }

        /// <summary>
        /// A true/false project setting read as MSBuild reads a boolean (<c>true</c>, <c>on</c>, <c>yes</c>
        /// and their negations with <c>!</c>, any case); unset or empty is false. Anything else is
        /// reported and read as false, so a setting is never half on.
        /// </summary>
        public static bool ReadBoolean(string property, string? value, ICollection<PhraseProblem> problems)
        {
            if (string.IsNullOrWhiteSpace(value)) return false;
            string trimmed = value!.Trim();
            if (ParseMSBuildBoolean(trimmed) is { } result) return result;
            problems.Add(PhraseProblem.Create(
                PhraseRules.UnknownSetting,
                null,
                $"The project sets {property} to '{trimmed}', which is not true or false; the build goes on as if it were false. Write true or false."));
            return false;
        }

        private static bool? ParseMSBuildBoolean(string value)
        {
            bool negated = value.StartsWith("!", StringComparison.Ordinal);
            string word = negated ? value.Substring(1) : value;
            bool? plain =
                string.Equals(word, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "on", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "yes", StringComparison.OrdinalIgnoreCase) ? true
                : string.Equals(word, "false", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "off", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "no", StringComparison.OrdinalIgnoreCase) ? false
                : null;
            return plain is { } b ? b != negated : null;
        }
    }
}
