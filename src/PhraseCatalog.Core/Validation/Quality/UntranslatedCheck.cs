using System;
using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0016: a text that was probably never translated or was pasted twice.
    /// (a) A Traditional text identical to the Simplified text of the same key, although the scripts
    /// differ for it: the text has a character that is Simplified-only or Traditional-only. Texts that
    /// read the same in both scripts (您好！, 请 is not among them) are not reported. The finding sits
    /// on the copy: the Traditional text when the shared text has Simplified-only characters, else the
    /// Simplified text (a Traditional text pasted into zh-Hans).
    /// (b) The same text under two keys of one scenario (same first key part) in one culture: reported
    /// at the second key, naming the first; not in a translation when the source (the neutral file,
    /// else the default culture's) has one text for both keys too, and never in the neutral file.
    /// </summary>
    internal sealed class UntranslatedCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.Untranslated;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            NotConverted(input, problems, cancellationToken);

            // The source: the neutral file, else the default culture's. Two keys whose source texts are
            // the same too ("OK" twice in the English) are the same text by design, not a paste.
            CultureFile? source = null;
            foreach (var file in input.Approved)
            {
                if (file.IsNeutral) source = file;
            }

            foreach (var file in input.Approved)
            {
                if (source is null && string.Equals(file.Culture, input.DefaultCulture, StringComparison.OrdinalIgnoreCase)) source = file;
            }

            var sourceTexts = new Dictionary<string, string>(StringComparer.Ordinal);
            if (source is not null)
            {
                foreach (var entry in source.Entries)
                {
                    if (!sourceTexts.ContainsKey(entry.Key)) sourceTexts.Add(entry.Key, entry.Text);
                }
            }

            foreach (var file in input.Approved)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A neutral file is the app's own source: a label it repeats ("Close" for two commands) is by design.
                if (file.IsNeutral) continue;
                PastedTwice(file, new KeyValidator(input.Catalog), file == source ? null : sourceTexts, problems);
            }
        }

        private void NotConverted(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            CultureFile? simplified = null;
            foreach (var file in input.Approved)
            {
                if (simplified is null && CultureScripts.Of(file.Culture) == TextScript.Simplified) simplified = file;
            }

            if (simplified is null) return;
            var simplifiedTexts = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            foreach (var entry in simplified.Entries)
            {
                if (!simplifiedTexts.ContainsKey(entry.Key)) simplifiedTexts.Add(entry.Key, entry);
            }

            foreach (var traditional in input.Approved)
            {
                if (CultureScripts.Of(traditional.Culture) != TextScript.Traditional) continue;
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var entry in traditional.Entries)
                {
                    if (!simplifiedTexts.TryGetValue(entry.Key, out var twin) || !string.Equals(entry.Text, twin.Text, StringComparison.Ordinal)) continue;
                    var (simplifiedOnly, traditionalOnly) = ScriptCharacters(entry.Text);
                    if (simplifiedOnly is not null)
                    {
                        problems.Add(new PhraseProblem(
                            Rule.Id,
                            entry.ValueSpan,
                            $"The {traditional.Culture} text of '{entry.Key}' is the same as its {simplified.Culture} text, which is written in Simplified characters ('{simplifiedOnly}'); it was probably never converted: write the text in Traditional characters"));
                    }
                    else if (traditionalOnly is not null)
                    {
                        problems.Add(new PhraseProblem(
                            Rule.Id,
                            twin.ValueSpan,
                            $"The {simplified.Culture} text of '{entry.Key}' is the same as its {traditional.Culture} text, which is written in Traditional characters ('{traditionalOnly}'); it was probably copied: write the text in Simplified characters"));
                    }
                }
            }
        }

        /// <summary>The first Simplified-only and the first Traditional-only character of a text (placeholders hidden), or null.</summary>
        private static (string? SimplifiedOnly, string? TraditionalOnly) ScriptCharacters(string text)
        {
            string scanned = PlaceholderMask.Hide(text);
            string? simplifiedOnly = null;
            string? traditionalOnly = null;
            int i = 0;
            while (i < scanned.Length)
            {
                int cp = ScriptTables.CodePointAt(scanned, i, out int length);
                if (cp >= 0x2E80)
                {
                    cp = ScriptTables.Unify(cp);
                    if (simplifiedOnly is null && ScriptTables.IsSimplifiedOnly(cp, out _)) simplifiedOnly = text.Substring(i, length);
                    else if (traditionalOnly is null && ScriptTables.IsTraditionalOnly(cp, out _)) traditionalOnly = text.Substring(i, length);
                    if (simplifiedOnly is not null) break;
                }

                i += length;
            }

            return (simplifiedOnly, traditionalOnly);
        }

        private void PastedTwice(CultureFile file, KeyValidator keys, Dictionary<string, string>? sourceTexts, List<PhraseProblem> problems)
        {
            // (scenario, text) → the first key; file order decides which is "second".
            var seen = new Dictionary<(string Scenario, string Text), ResxEntry>();
            foreach (var entry in file.Entries)
            {
                if (entry.Text.Trim().Length == 0) continue; // PHR0008's
                int dot = entry.Key.IndexOf('.');
                if (dot <= 0 || keys.CheckShape(entry.Key, out _) is not null) continue; // a key PHR0004 refuses never becomes a phrase
                var slot = (entry.Key.Substring(0, dot), entry.Text);
                if (!seen.TryGetValue(slot, out var first))
                {
                    seen.Add(slot, entry);
                    continue;
                }

                if (string.Equals(first.Key, entry.Key, StringComparison.Ordinal)) continue; // a duplicate key is PHR0003's
                if (sourceTexts is not null
                    && sourceTexts.TryGetValue(first.Key, out var firstSource)
                    && sourceTexts.TryGetValue(entry.Key, out var entrySource)
                    && string.Equals(firstSource, entrySource, StringComparison.Ordinal))
                {
                    continue; // the source says the same under both keys: reported there, if anywhere
                }

                problems.Add(new PhraseProblem(
                    Rule.Id,
                    entry.KeySpan,
                    $"'{entry.Key}' has the same {file.Culture} text as '{first.Key}' (line {first.KeySpan.Line}) in scenario '{slot.Item1}': '{Shorten(entry.Text)}'; it was probably pasted twice: write the text this phrase needs"));
            }
        }

        private static string Shorten(string text)
        {
            const int Max = 40;
            if (text.Length <= Max) return text;
            int cut = Max;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            return text.Substring(0, cut) + "…";
        }
    }
}
