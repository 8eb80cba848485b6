using System;
using System.Collections.Generic;
using System.Globalization;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>A stretch of a phrase text: plain words, or a code a translator must keep (a placeholder).</summary>
    internal readonly struct TextRun
    {
        public TextRun(bool isCode, string value)
        {
            IsCode = isCode;
            Value = value;
        }

        public bool IsCode { get; }

        /// <summary>The text as the phrase file writes it (for a code, the whole <c>{…}</c>).</summary>
        public string Value { get; }
    }

    /// <summary>
    /// Splits phrase texts into words and protected codes for XLIFF, with the very placeholder parser
    /// the generator uses, so what the CAT tool shows as a tag is exactly what the build reads as a
    /// placeholder: named, typed, positional, particle forms, and brace groups the parser rejects (a
    /// translator must not be able to mend or break them by accident). <c>{{</c>/<c>}}</c> stay text.
    /// </summary>
    internal static class InlineText
    {
        public static List<TextRun> Split(string text, string culture)
        {
            var syntax = new List<TemplateSyntax>();
            PlaceholderParser.Parse(text, culture, syntax);
            var runs = new List<TextRun>();
            int at = 0;
            foreach (var part in syntax)
            {
                if (part.Kind == TemplateSyntaxKind.Escape) continue;
                if (part.Index < at) continue;
                if (part.Index > at) runs.Add(new TextRun(false, text.Substring(at, part.Index - at)));
                runs.Add(new TextRun(true, text.Substring(part.Index, part.Length)));
                at = part.Index + part.Length;
            }

            if (at < text.Length) runs.Add(new TextRun(false, text.Substring(at)));
            return runs;
        }

        /// <summary>
        /// One note per distinct placeholder of the texts, in order of first use, saying what it holds
        /// and how to treat it, in words for a translator.
        /// </summary>
        public static List<string> PlaceholderNotes(string source, string sourceCulture, string? target, string targetCulture)
        {
            var notes = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            Describe(source, sourceCulture);
            if (target is not null) Describe(target, targetCulture);
            return notes;

            void Describe(string text, string culture)
            {
                var syntax = new List<TemplateSyntax>();
                var parsed = PlaceholderParser.Parse(text, null, syntax);
                var uses = new Dictionary<int, PlaceholderUse>();
                foreach (var use in parsed.Uses) uses[use.Index] = use;
                foreach (var part in syntax)
                {
                    if (part.Kind == TemplateSyntaxKind.Escape) continue;
                    string written = text.Substring(part.Index, part.Length);
                    if (!seen.Add(written)) continue;
                    uses.TryGetValue(part.Index, out var found);
                    notes.Add(Note(written, found, culture));
                }
            }
        }

        private static string Note(string written, PlaceholderUse? use, string culture)
        {
            if (use is null)
            {
                return written + " is filled in by the program. Keep it exactly as written; place it where the sentence needs it.";
            }

            string holds = use.Placeholder.IsPositional ? "a value (the program's argument " + use.Placeholder.Name + ")" : use.Placeholder.Type switch
            {
                "int" or "long" => "a whole number, written with digits",
                "decimal" or "double" => "a number, written with digits",
                _ => "a text value (" + use.Placeholder.Name + ")",
            };
            string note = written + " is filled in by the program with " + holds + ". Keep it exactly as written; place it where the sentence needs it.";
            if (use.Particle is { } particle)
            {
                note += string.Format(
                    CultureInfo.InvariantCulture,
                    " The program adds '{0}' or '{1}' after the value, whichever fits its last syllable, so do not write a particle after it yourself.",
                    particle.AfterConsonant,
                    particle.AfterVowel);
            }
            else if (KoreanParticleForms.IsKorean(culture))
            {
                note += " If a particle such as 을/를 or 이/가 follows it, write the pair inside the braces ({" + use.Placeholder.Name + "|을/를}); the program picks the form.";
            }

            return note;
        }
    }
}
