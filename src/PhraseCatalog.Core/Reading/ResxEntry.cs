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
        string RawValue)
    {
        /// <summary>The comment exactly as written in the file (entities, CDATA, line endings untouched); empty without a comment.</summary>
        public string RawComment { get; init; } = string.Empty;

        /// <summary>Where the comment's text starts in the file; null without a comment.</summary>
        public SourceSpan? CommentSpan { get; init; }
    }
}
