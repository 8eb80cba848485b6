using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Reading
{
    /// <summary>
    /// One <c>&lt;data&gt;</c> entry of a phrase file. <see cref="RawValue"/> is the value exactly as
    /// written in the file (entities, CDATA and line endings untouched), so any position inside
    /// <see cref="Text"/> can be mapped back to a line and column (see <see cref="TextPositions"/>).
    /// </summary>
    internal sealed record ResxEntry(
        string Key,
        string Text,
        string? Comment,
        SourceSpan KeySpan,
        SourceSpan ValueSpan,
        string RawValue);
}
