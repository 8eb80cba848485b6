using System;
using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0015: the culture part of a phrase file's name is not a known culture name (zh-CHS, kr,
    /// zh_TW), or not one of the cultures the project declares in PhraseCatalogCultures. The file is
    /// still read as the culture written, so nothing is dropped; the finding says what to name it.
    /// A name that is not even shaped like a culture name (zh_TW) is an error for that finding: no
    /// culture request can ever reach its texts. Reported at the start of the file (line 1, column 1),
    /// since the name is not in the file. A file without a culture part (the neutral file) is checked
    /// only for a known name when NeutralLanguage or PhraseCatalogDefaultCulture gives it one.
    /// </summary>
    internal sealed class CultureNameCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.CultureName;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            var files = new List<CultureFile>(input.Approved);
            files.AddRange(input.Forbidden);
            files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Check(file, input.DeclaredCultures, problems);
            }
        }

        private void Check(CultureFile file, IReadOnlyList<string> declared, List<PhraseProblem> problems)
        {
            string culture = file.Culture;

            // A neutral file of undeclared language (invariant) is the fallback, never a culture to name.
            if (file.IsNeutral && culture.Length == 0) return;
            string fileName = System.IO.Path.GetFileName(file.Path);
            bool fromName = file.File.Name?.Culture is not null;
            string where = fromName
                ? $"The culture '{culture}' in the file name '{fileName}'"
                : $"The file '{fileName}' has no culture in its name, so it is read as '{culture}' (NeutralLanguage, else PhraseCatalogDefaultCulture), and that";
            var span = SourceSpan.FileStart(file.Path);

            if (!KnownCultures.IsKnown(culture))
            {
                bool malformed = !PhraseFileName.IsCultureName(culture);
                string? suggestion = KnownCultures.Suggest(culture, ScriptOfContent(file));
                string what = malformed ? "is not written as a culture name (letters and digits in parts joined by '-')" : "is not a known culture name";
                string fix = suggestion is null
                    ? "name the file after a culture such as zh-Hans, zh-Hant or ko"
                    : fromName ? $"name the file {Rename(fileName, culture, suggestion)}" : $"set PhraseCatalogDefaultCulture to {suggestion}";
                if (suggestion is not null && declared.Count > 0 && !Contains(declared, suggestion)) fix += " and add " + suggestion + " to PhraseCatalogCultures";
                string unreachable = malformed ? ", so no culture request ever reaches its texts" : string.Empty;

                // A malformed name is an error whatever the rule's default: its texts can never be served.
                problems.Add(new PhraseProblem(Rule.Id, span, $"{where} {what}{unreachable}; {fix}", malformed ? RuleSeverity.Error : (RuleSeverity?)null));
                return;
            }

            // A neutral file serves every culture without its own text, whatever the declared list says.
            if (declared.Count > 0 && !file.IsNeutral && !Contains(declared, culture))
            {
                string? target = Resolve(culture, declared);
                string fix = target is null
                    ? $"add {culture} to PhraseCatalogCultures, or remove the file"
                    : fromName
                        ? $"name the file {Rename(fileName, culture, target)}, or add {culture} to PhraseCatalogCultures"
                        : $"set PhraseCatalogDefaultCulture to {target}, or add {culture} to PhraseCatalogCultures";
                problems.Add(new PhraseProblem(Rule.Id, span, $"{where} is not one of the cultures the project declares in PhraseCatalogCultures ({string.Join(", ", declared)}); {fix}"));
            }
        }

        /// <summary>The declared culture a request for <paramref name="culture"/> would get, the way the runtime resolves names.</summary>
        private static string? Resolve(string culture, IReadOnlyList<string> declared)
        {
            var script = CultureScripts.Of(culture);
            if (script == TextScript.Simplified && Contains(declared, "zh-Hans")) return Find(declared, "zh-Hans");
            if (script == TextScript.Traditional && Contains(declared, "zh-Hant")) return Find(declared, "zh-Hant");
            string name = culture;
            int end = name.LastIndexOf('-');
            while (end > 0)
            {
                name = name.Substring(0, end);
                if (Contains(declared, name)) return Find(declared, name);
                end = name.LastIndexOf('-');
            }

            return null;
        }

        /// <summary>Which Chinese script the file's texts are written in, to settle zh-Hanz; None when they do not tell.</summary>
        private static TextScript ScriptOfContent(CultureFile file)
        {
            int simplified = 0;
            int traditional = 0;
            foreach (var entry in file.Entries)
            {
                string text = entry.Text;
                int i = 0;
                while (i < text.Length)
                {
                    int cp = ScriptTables.Unify(ScriptTables.CodePointAt(text, i, out int length));
                    if (ScriptTables.IsSimplifiedOnly(cp, out _)) simplified++;
                    else if (ScriptTables.IsTraditionalOnly(cp, out _)) traditional++;
                    i += length;
                }
            }

            return simplified > traditional ? TextScript.Simplified : traditional > simplified ? TextScript.Traditional : TextScript.None;
        }

        private static string Rename(string fileName, string culture, string suggestion)
        {
            // The culture is the part before ".resx"; keep the rest of the name as written.
            int dot = fileName.LastIndexOf('.');
            int start = dot - culture.Length;
            return start > 0 && string.CompareOrdinal(fileName, start, culture, 0, culture.Length) == 0
                ? fileName.Substring(0, start) + suggestion + fileName.Substring(dot)
                : suggestion;
        }

        private static bool Contains(IReadOnlyList<string> names, string name) => Find(names, name) is not null;

        private static string? Find(IReadOnlyList<string> names, string name)
        {
            foreach (var candidate in names)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)) return candidate;
            }

            return null;
        }
    }
}
