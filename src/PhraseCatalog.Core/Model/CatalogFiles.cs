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
        public CultureFile(string culture, ParsedPhraseFile file)
        {
            Culture = culture;
            File = file;
        }

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
                string culture = file.Name.Culture ?? options.DefaultCulture;
                var list = file.Name.Kind == PhraseFileKind.Approved ? approved : forbidden;
                var twin = list.FirstOrDefault(f => string.Equals(f.Culture, culture, StringComparison.OrdinalIgnoreCase));
                if (twin is not null)
                {
                    problems.Add(PhraseProblem.Create(
                        PhraseRules.Unreadable,
                        SourceSpan.FileStart(file.Path),
                        $"it is a second {(file.Name.Kind == PhraseFileKind.Forbidden ? "forbidden-phrase " : string.Empty)}file for culture '{culture}' of catalog '{input.Name}' (the first is '{twin.Path}'), so its entries are not used"));
                    continue;
                }

                list.Add(new CultureFile(culture, file));
            }

            var cultures = approved.Select(a => a.Culture).ToList();
            string defaultCulture = cultures.FirstOrDefault(c => string.Equals(c, options.DefaultCulture, StringComparison.OrdinalIgnoreCase))
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
    }
}
