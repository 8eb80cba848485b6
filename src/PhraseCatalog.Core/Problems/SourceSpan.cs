using System;

namespace PhraseCatalog.Core.Problems
{
    /// <summary>
    /// Where something is in a phrase file: a plain, equatable record instead of a Roslyn
    /// <c>Location</c>, so models stay cacheable and the command-line tools can use it too.
    /// Lines and columns are 1-based, as a person reads them; <see cref="Start"/> is a 0-based
    /// character offset into the file text.
    /// </summary>
    internal sealed record SourceSpan(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        public static SourceSpan FileStart(string path) => new SourceSpan(path, 0, 0, 1, 1, 1, 1);
    }
}
