using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// One quality rule (PHR0009–PHR0017). A check only reads <see cref="QualityInput"/> and adds
    /// located <see cref="PhraseProblem"/>s; it never throws on odd input and never changes the model:
    /// quality findings are advice about the text, not reasons to drop a phrase.
    /// </summary>
    internal interface IQualityCheck
    {
        /// <summary>The rule this check reports.</summary>
        PhraseRule Rule { get; }

        void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken);
    }
}
