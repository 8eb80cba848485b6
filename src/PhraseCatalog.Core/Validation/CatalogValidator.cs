using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Validation.Quality;

namespace PhraseCatalog.Core.Validation
{
    /// <summary>The validation step: runs the quality rules (PHR0009 on) over a catalog's arranged files.</summary>
    internal static class CatalogValidator
    {
        /// <summary>Adds every quality finding to <paramref name="problems"/>; reports, never removes.</summary>
        public static void Validate(CatalogFiles files, GeneratorOptions options, List<PhraseProblem> problems, CancellationToken cancellationToken = default)
        {
            var input = new QualityInput(files.Input.Name, files.DefaultCulture, files.Approved, files.Forbidden, options.DeclaredCultures.Items)
            {
                TaiwanStandard = options.TaiwanStandard,
                TextKind = KindOf(files, options),
            };
            QualityChecks.Run(input, problems, cancellationToken);
        }

        /// <summary>The first file's TextKind metadata (files in path order), else the project's.</summary>
        private static TextKind KindOf(CatalogFiles files, GeneratorOptions options)
        {
            foreach (var file in files.Approved)
            {
                if (file.File.TextKind is { } kind) return kind;
            }

            return options.TextKind;
        }
    }
}
