using System;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Model
{
    /// <summary>The entries of one phrase file of a catalog, with the culture its name gives (or the default).</summary>
    internal sealed class CultureFile
    {
        public CultureFile(string culture, ParsedPhraseFile file, bool isNeutral = false)
        {
            Culture = culture;
            File = file;
            IsNeutral = isNeutral;
        }

        /// <summary>A file without a culture part: the fallback for every culture without its own text.</summary>
        public bool IsNeutral { get; }

        /// <summary>The culture for messages: "neutral" for the invariant name.</summary>
        public string Shown => Show(Culture);

        /// <summary>A culture name for messages: the invariant name "" is shown as "neutral".</summary>
        public static string Show(string culture) => culture.Length == 0 ? "neutral" : culture;

        /// <summary>The culture name as written in the file name, or the catalog's default culture.</summary>
        public string Culture { get; }

        public ParsedPhraseFile File { get; }

        public string Path => File.Path;

        public IReadOnlyList<ResxEntry> Entries => File.Content.Entries.Items;
    }

    /// <summary>
    /// The files of one catalog arranged by culture: one approved and at most one forbidden file per
    /// culture, the default culture first and the others in ordinal order, so nothing downstream
    /// depends on the order the build listed the files in. The model builder and the validation step
    /// both start from here.
    /// </summary>
    internal sealed class CatalogFiles
    {
        private CatalogFiles(CatalogInput input, string defaultCulture, IReadOnlyList<string> cultures, IReadOnlyList<CultureFile> approved, IReadOnlyList<CultureFile> forbidden)
        {
            Input = input;
            DefaultCulture = defaultCulture;
            Cultures = cultures;
            Approved = approved;
            Forbidden = forbidden;
        }

        public CatalogInput Input { get; }

        public string DefaultCulture { get; }

        /// <summary>The approved cultures, default first.</summary>
        public IReadOnlyList<string> Cultures { get; }

        /// <summary>One approved file per culture, in <see cref="Cultures"/> order.</summary>
        public IReadOnlyList<CultureFile> Approved { get; }

        /// <summary>One forbidden-phrase file per culture, in ordinal culture order.</summary>
        public IReadOnlyList<CultureFile> Forbidden { get; }

        /// <summary>Arranges the files; reading problems and second files for a culture go to <paramref name="problems"/>.</summary>
        public static CatalogFiles Arrange(CatalogInput input, GeneratorOptions options, List<PhraseProblem> problems)
        {
            var approved = new List<CultureFile>();
            var forbidden = new List<CultureFile>();
            foreach (var file in input.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                problems.AddRange(file.Content.Problems);
                if (file.Name is null) continue;
                // A forbidden list without a culture keeps the documented reading (the default culture):
                // it must belong to a culture for the analyzers to match it.
                string culture = file.Name.Culture
                    ?? (file.Name.Kind == PhraseFileKind.Approved ? NeutralCulture(options) : options.NeutralLanguage ?? options.DefaultCulture);
                var list = file.Name.Kind == PhraseFileKind.Approved ? approved : forbidden;
                var twin = list.FirstOrDefault(f => string.Equals(f.Culture, culture, StringComparison.OrdinalIgnoreCase));
                if (twin is not null)
                {
                    problems.Add(PhraseProblem.Create(
                        PhraseRules.Unreadable,
                        SourceSpan.FileStart(file.Path),
                        $"it is a second {(file.Name.Kind == PhraseFileKind.Forbidden ? "forbidden-phrase " : string.Empty)}file for culture '{culture}' of catalog '{input.Name}' (the first is '{System.IO.Path.GetFileName(twin.Path)}' in the same folder), so its entries are not used"));
                    continue;
                }

                list.Add(new CultureFile(culture, file, file.Name.Culture is null));
            }

            // The default (what an unknown culture gets, and the fallback of a missing key): the culture
            // the project set; else the neutral file, as .NET falls back to it; else zh-Hans when present.
            var cultures = approved.Select(a => a.Culture).ToList();
            string? neutral = approved.FirstOrDefault(a => a.IsNeutral)?.Culture;
            string? configured = cultures.FirstOrDefault(c => string.Equals(c, options.DefaultCulture, StringComparison.OrdinalIgnoreCase));
            string defaultCulture = (options.DefaultCultureSet ? configured ?? neutral : neutral ?? configured)
                ?? cultures.OrderBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault()
                ?? options.DefaultCulture;
            cultures = cultures
                .OrderBy(c => string.Equals(c, defaultCulture, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(c => c, StringComparer.OrdinalIgnoreCase)
                .ToList();
            approved = approved.OrderBy(a => cultures.IndexOf(a.Culture)).ToList();
            forbidden = forbidden.OrderBy(f => f.Culture, StringComparer.OrdinalIgnoreCase).ToList();
            return new CatalogFiles(input, defaultCulture, cultures, approved, forbidden);
        }

        /// <summary>
        /// The culture a file without a culture part is read as: NeutralLanguage when the project sets
        /// it; else PhraseCatalogDefaultCulture when the project sets that (the earlier documented
        /// reading); else "" (invariant), never a guess such as zh-Hans.
        /// </summary>
        public static string NeutralCulture(GeneratorOptions options) =>
            options.NeutralLanguage is { Length: > 0 } language ? language
            : options.DefaultCultureSet ? options.DefaultCulture
            : string.Empty;
    }
}
