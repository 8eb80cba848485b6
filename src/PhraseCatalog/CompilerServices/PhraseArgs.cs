using System;
using System.ComponentModel;

namespace PhraseCatalog.CompilerServices
{
    /// <summary>
    /// The argument values of a placeholder phrase, already formatted as text. The first four live
    /// in fields so the common case needs no array.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
    public readonly struct PhraseArgs
    {
        // Null for default(PhraseArgs), so the properties map null to the empty string.
        private readonly string? _a0;
        private readonly string? _a1;
        private readonly string? _a2;
        private readonly string? _a3;

        /// <summary>Holds one argument.</summary>
        public PhraseArgs(string a0) : this(a0, string.Empty, string.Empty, string.Empty, null) { }

        /// <summary>Holds two arguments.</summary>
        public PhraseArgs(string a0, string a1) : this(a0, a1, string.Empty, string.Empty, null) { }

        /// <summary>Holds three arguments.</summary>
        public PhraseArgs(string a0, string a1, string a2) : this(a0, a1, a2, string.Empty, null) { }

        /// <summary>Holds four arguments, and any further ones in <paramref name="rest"/>.</summary>
        public PhraseArgs(string a0, string a1, string a2, string a3, string[]? rest = null)
        {
            _a0 = a0;
            _a1 = a1;
            _a2 = a2;
            _a3 = a3;
            Rest = rest;
        }

        /// <summary>The first argument.</summary>
        public string A0 => _a0 ?? string.Empty;

        /// <summary>The second argument.</summary>
        public string A1 => _a1 ?? string.Empty;

        /// <summary>The third argument.</summary>
        public string A2 => _a2 ?? string.Empty;

        /// <summary>The fourth argument.</summary>
        public string A3 => _a3 ?? string.Empty;

        /// <summary>Arguments from the fifth on, or <see langword="null"/>.</summary>
        public string[]? Rest { get; }

        /// <summary>The argument at a position.</summary>
        public string this[int index] => index switch
        {
            0 => A0,
            1 => A1,
            2 => A2,
            3 => A3,
            _ when Rest is not null && index - 4 < Rest.Length && index >= 4 => Rest[index - 4] ?? string.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    /// <summary>Renders a placeholder phrase in the culture at <paramref name="cultureIndex"/>; generated per phrase, no template parsing at run time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
    public delegate string PhraseRenderer(int cultureIndex, in PhraseArgs args);
}
