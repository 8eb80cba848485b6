using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>Runs every quality rule over a catalog, in rule-ID order so output is deterministic.</summary>
    internal static class QualityChecks
    {
        /// <summary>Every quality check; each rule lives in a file of its own in this folder.</summary>
        public static readonly IQualityCheck[] All =
        {
            new ScriptMismatchCheck(),      // PHR0009
            new AddressRegisterCheck(),     // PHR0010
            new ForbiddenInApprovedCheck(), // PHR0011
            new TemplateMarkCheck(),        // PHR0012
            new PunctuationCheck(),         // PHR0013
            new WhitespaceCheck(),          // PHR0014
            new CultureNameCheck(),         // PHR0015
            new UntranslatedCheck(),        // PHR0016
            new FusedParticleCheck(),       // PHR0017
            new UntranslatedTextCheck(),    // PHR0030
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
