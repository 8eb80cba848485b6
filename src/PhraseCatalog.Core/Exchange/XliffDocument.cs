using System.Collections.Generic;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>A unit's translation state, mapped from XLIFF 2.0 and 1.2 onto one scale.</summary>
    internal enum UnitState
    {
        /// <summary>No state given (XLIFF 1.2 without <c>state</c> or <c>approved</c>).</summary>
        Unspecified,

        /// <summary>2.0 <c>initial</c>; 1.2 <c>new</c>, <c>needs-translation</c>, <c>needs-adaptation</c>, <c>needs-l10n</c>.</summary>
        Initial,

        /// <summary>2.0 <c>translated</c>; 1.2 <c>translated</c> and <c>needs-review-*</c>.</summary>
        Translated,

        /// <summary>2.0 <c>reviewed</c>; 1.2 <c>signed-off</c>, or <c>approved="yes"</c>.</summary>
        Reviewed,

        /// <summary>2.0 and 1.2 <c>final</c>.</summary>
        Final,
    }

    /// <summary>
    /// One translation unit as read: the keys it applies to (its id or 1.2 <c>resname</c>, or the
    /// locations a PO round trip left), the source and target as phrase-file text (inline codes
    /// typed back to <c>{surname}</c>), its state and source hash, and a problem that makes it unusable.
    /// </summary>
    internal sealed class XliffUnit
    {
        public XliffUnit(string id, IReadOnlyList<string> keys, int line)
        {
            Id = id;
            Keys = keys;
            Line = line;
        }

        public string Id { get; }

        public IReadOnlyList<string> Keys { get; }

        public int Line { get; }

        public string? Source { get; set; }

        /// <summary>The whole target (segments joined), or null when there is none.</summary>
        public string? Target { get; set; }

        public UnitState State { get; set; }

        /// <summary>The state as the file wrote it, for messages.</summary>
        public string StateText { get; set; } = "(none)";

        public string? SourceHash { get; set; }

        /// <summary>Why the unit cannot be used (an inline code whose text is unknown, a segment without target), or null.</summary>
        public string? Problem { get; set; }
    }

    /// <summary>One <c>&lt;file&gt;</c> of an XLIFF document.</summary>
    internal sealed class XliffFileSection
    {
        public XliffFileSection(string? id, string? original, string? sourceLanguage, string? targetLanguage)
        {
            Id = id;
            Original = original;
            SourceLanguage = sourceLanguage;
            TargetLanguage = targetLanguage;
        }

        public string? Id { get; }

        public string? Original { get; }

        public string? SourceLanguage { get; }

        public string? TargetLanguage { get; }

        public List<XliffUnit> Units { get; } = new List<XliffUnit>();

        /// <summary>What was read but is not a translation of a phrase (a PO header unit, a binary unit), with why.</summary>
        public List<string> Ignored { get; } = new List<string>();
    }

    /// <summary>An XLIFF document as read: its version and files.</summary>
    internal sealed class XliffDocument
    {
        public XliffDocument(string version)
        {
            Version = version;
        }

        /// <summary>"2.0", "1.2", "1.1" or "1.0", as the document declares itself.</summary>
        public string Version { get; }

        public List<XliffFileSection> Files { get; } = new List<XliffFileSection>();
    }
}
