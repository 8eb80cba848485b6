using System;
using System.Collections.Generic;
using System.Threading;

namespace PhraseCatalog.Generator.Validation.Quality
{
    /// <summary>Runs every quality rule over a catalog, in rule-ID order so output is deterministic.</summary>
    internal static class QualityChecks
    {
        /// <summary>Every quality check; each rule lives in a file of its own in this folder.</summary>
        public static readonly IQualityCheck[] All =
        {
            new AddressRegisterCheck(),
            new TemplateMarkCheck(),
            new PunctuationCheck(),
            new WhitespaceCheck(),
        };

        public static void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken = default)
        {
            foreach (var check in All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                check.Run(input, problems, cancellationToken);
            }
        }
    }
}
