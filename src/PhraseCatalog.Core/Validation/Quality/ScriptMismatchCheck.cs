using System.Collections.Generic;
using System.Text;
using System.Threading;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>What is wrong with a run of characters, as PHR0009 sees it.</summary>
    internal enum ScriptProblem
    {
        SimplifiedInTraditional,
        TraditionalInSimplified,
        NotTaiwanStandard,
        HanInKorean,
        HangulInChinese,
    }

    /// <summary>A run of adjacent characters with the same script problem: where it is in the text, and the finished message.</summary>
    internal readonly struct ScriptFinding
    {
        public ScriptFinding(int index, int length, ScriptProblem problem, string message)
        {
            Index = index;
            Length = length;
            Problem = problem;
            Message = message;
        }

        /// <summary>The UTF-16 index of the run in the decoded text.</summary>
        public int Index { get; }

        public int Length { get; }

        public ScriptProblem Problem { get; }

        public string Message { get; }
    }

    /// <summary>
    /// PHR0009: characters of the wrong script. A zh-Hant text with Simplified-only characters, a
    /// zh-Hans text with Traditional-only ones, Han characters (Hanja) in a Korean text, Hangul in a
    /// Chinese text; with <see cref="QualityInput.TaiwanStandard"/>, also Traditional characters that
    /// Taiwan's standard writes otherwise (not in zh-HK or zh-MO files). Per character, never by
    /// converting the phrase: the tables leave out characters that are right in both scripts in some
    /// words (后 in 皇后, 干 in 若干, surnames such as 余 范 于), so those are never reported.
    /// Placeholders are hidden first; compatibility ideographs and radicals are looked up as the
    /// unified character. Adjacent characters with the same problem are one finding.
    /// </summary>
    internal sealed class ScriptMismatchCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.ScriptMismatch;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            var findings = new List<ScriptFinding>();
            foreach (var files in new[] { input.Approved, input.Forbidden })
            {
                foreach (var file in files)
                {
                    var script = CultureScripts.Of(file.Culture);
                    if (script == TextScript.None) continue;
                    bool taiwan = input.TaiwanStandard && script == TextScript.Traditional && !CultureScripts.IsHongKongOrMacau(file.Culture);
                    cancellationToken.ThrowIfCancellationRequested();
                    foreach (var entry in file.Entries)
                    {
                        findings.Clear();
                        Find(entry.Text, script, taiwan, file.Culture, findings);
                        foreach (var finding in findings)
                        {
                            problems.Add(new PhraseProblem(Rule.Id, TextPositions.SpanInValue(entry, finding.Index, finding.Length), finding.Message));
                        }
                    }
                }
            }
        }

        /// <summary>The script problems of one text written in <paramref name="script"/>; <paramref name="culture"/> only words the messages.</summary>
        public static void Find(string text, TextScript script, bool taiwanStandard, string culture, List<ScriptFinding> findings)
        {
            if (script == TextScript.None || text.Length == 0) return;
            string scanned = PlaceholderMask.Hide(text);
            int runStart = -1;
            int runEnd = -1;
            var runProblem = ScriptProblem.HanInKorean;
            int i = 0;
            while (i < scanned.Length)
            {
                int written = ScriptTables.CodePointAt(scanned, i, out int length);
                var problem = Classify(written, script, taiwanStandard);
                if (problem is { } found && runStart >= 0 && runEnd == i && found == runProblem)
                {
                    runEnd = i + length;
                }
                else
                {
                    if (runStart >= 0) findings.Add(Describe(text, runStart, runEnd - runStart, runProblem, culture));
                    runStart = -1;
                    if (problem is { } started)
                    {
                        runStart = i;
                        runEnd = i + length;
                        runProblem = started;
                    }
                }

                i += length;
            }

            if (runStart >= 0) findings.Add(Describe(text, runStart, runEnd - runStart, runProblem, culture));
        }

        private static ScriptProblem? Classify(int written, TextScript script, bool taiwanStandard)
        {
            if (written < 0x1100) return null; // Latin, digits, punctuation: nothing to check
            switch (script)
            {
                case TextScript.Korean:
                    return CjkCharacters.IsHan(written) ? ScriptProblem.HanInKorean : null;
                case TextScript.Traditional:
                {
                    if (CjkCharacters.IsHangul(written)) return ScriptProblem.HangulInChinese;
                    int cp = ScriptTables.Unify(written);
                    if (ScriptTables.IsSimplifiedOnly(cp, out _)) return ScriptProblem.SimplifiedInTraditional;
                    if (taiwanStandard && ScriptTables.IsNotTaiwan(cp, out _)) return ScriptProblem.NotTaiwanStandard;
                    return null;
                }

                case TextScript.Simplified:
                {
                    if (CjkCharacters.IsHangul(written)) return ScriptProblem.HangulInChinese;
                    return ScriptTables.IsTraditionalOnly(ScriptTables.Unify(written), out _) ? ScriptProblem.TraditionalInSimplified : null;
                }

                default:
                    return null;
            }
        }

        private static ScriptFinding Describe(string text, int index, int length, ScriptProblem problem, string culture)
        {
            string run = text.Substring(index, length);
            string message = problem switch
            {
                ScriptProblem.SimplifiedInTraditional =>
                    $"'{run}' is written in Simplified Chinese characters, which a {culture} text does not use; write {Instead(run, Forms.Traditional)}",
                ScriptProblem.TraditionalInSimplified =>
                    $"'{run}' is written in Traditional Chinese characters, which a {culture} text does not use; write {Instead(run, Forms.Simplified)}",
                ScriptProblem.NotTaiwanStandard =>
                    $"'{run}' is not written in Taiwan's standard character forms (PhraseCatalogTaiwanStandard is on); write {Instead(run, Forms.Taiwan)}",
                ScriptProblem.HanInKorean =>
                    $"'{run}' is written in Chinese characters (Hanja), but a {culture} text is read in Hangul; write the word in Hangul",
                _ =>
                    $"'{run}' is Korean (Hangul) in a {culture} text; write the words in Chinese",
            };
            return new ScriptFinding(index, length, problem, message);
        }

        private enum Forms
        {
            Traditional,
            Simplified,
            Taiwan,
        }

        /// <summary>
        /// What to write for a run: the forms joined (这个 → 這個) when each character has one form;
        /// otherwise each character with its choices (发 → 發 or 髮), since only the word decides.
        /// </summary>
        private static string Instead(string run, Forms kind)
        {
            var choices = new List<(string Written, string Forms)>();
            bool ambiguous = false;
            int i = 0;
            while (i < run.Length)
            {
                int written = ScriptTables.CodePointAt(run, i, out int length);
                int cp = ScriptTables.Unify(written);
                string forms = kind switch
                {
                    Forms.Traditional => ScriptTables.IsSimplifiedOnly(cp, out var t) ? t : string.Empty,
                    Forms.Simplified => ScriptTables.IsTraditionalOnly(cp, out var s) ? s : string.Empty,
                    _ => ScriptTables.IsNotTaiwan(cp, out var w) ? w : string.Empty,
                };
                if (forms.Length == 0) forms = run.Substring(i, length);
                if (CodePointCount(forms) > 1) ambiguous = true;
                choices.Add((run.Substring(i, length), forms));
                i += length;
            }

            var builder = new StringBuilder();
            if (!ambiguous)
            {
                foreach (var choice in choices) builder.Append(choice.Forms);
                return builder.ToString() + " instead";
            }

            string form = kind == Forms.Simplified ? "Simplified" : "Traditional";
            builder.Append("the ").Append(form).Append(" form the word needs: ");
            for (int c = 0; c < choices.Count; c++)
            {
                if (c > 0) builder.Append(", ");
                builder.Append(choices[c].Written).Append(" → ").Append(Alternatives(choices[c].Forms));
            }

            return builder.ToString();
        }

        private static string Alternatives(string forms)
        {
            var builder = new StringBuilder();
            int i = 0;
            int count = 0;
            while (i < forms.Length)
            {
                ScriptTables.CodePointAt(forms, i, out int length);
                if (count > 0) builder.Append(" or ");
                builder.Append(forms, i, length);
                count++;
                i += length;
            }

            return builder.ToString();
        }

        private static int CodePointCount(string value)
        {
            int count = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (!(char.IsLowSurrogate(value[i]) && i > 0 && char.IsHighSurrogate(value[i - 1]))) count++;
            }

            return count;
        }
    }
}
