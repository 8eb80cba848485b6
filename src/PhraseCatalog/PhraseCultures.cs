using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using PhraseCatalog.Shared;

namespace PhraseCatalog
{
    /// <summary>
    /// The cultures of one catalog and the rules that map any culture name onto one of them.
    /// </summary>
    /// <remarks>
    /// Resolution works on names only, never on the machine's culture data, so it gives the same
    /// answer everywhere, including under <c>InvariantGlobalization=true</c>:
    /// an exact match (case-insensitive) wins; a Chinese name gets its script culture (zh-TW, zh-HK,
    /// zh-MO, zh-Hant-* → zh-Hant; zh-CN, zh-SG, zh-Hans-*, zh → zh-Hans), else a regional culture of
    /// that script (zh-Hans → zh-CN, zh-Hant → zh-TW); otherwise subtags are dropped from the right
    /// (ko-KR → ko), then any culture of the same language is taken (ko → ko-KR); anything else gets
    /// the catalog's default culture, which is its neutral file when it has one. The empty name is the
    /// invariant culture (a neutral file of undeclared language). The table is in docs/phrase-files.md.
    /// </remarks>
    public sealed class PhraseCultures
    {
        private readonly string[] _names;
        private readonly int _defaultIndex;

        // A small cache keyed by reference: CultureInfo.Name and string literals hand back the same
        // instance every time, so after the first call a name costs a reference comparison and no
        // allocation. Four slots, picked by identity hash, so an app that alternates between a few
        // culture names (zh-TW, ko-KR, …) does not thrash it: every slot is checked, and a miss
        // replaces the slots in turn. Entries are immutable objects, so a racing write can only
        // replace one valid entry with another.
        private const int CacheSlots = 4;
        private readonly ResolvedName?[] _cache = new ResolvedName?[CacheSlots];
        private int _nextSlot;

        /// <summary>Creates the culture table of a catalog.</summary>
        /// <param name="names">The catalog's culture names, in the order its texts are stored.</param>
        /// <param name="defaultCulture">The culture used when a requested culture has no match; must be one of <paramref name="names"/>.</param>
        public PhraseCultures(string[] names, string defaultCulture)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            if (names.Length == 0) throw new ArgumentException("A catalog needs at least one culture.", nameof(names));
            _names = (string[])names.Clone();
            foreach (var name in _names)
            {
                // "" is the invariant culture: a neutral file (Resources.resx) whose language is not declared.
                if (name is null) throw new ArgumentException("A culture name cannot be null.", nameof(names));
            }

            _defaultIndex = IndexOfExact(_names, defaultCulture ?? throw new ArgumentNullException(nameof(defaultCulture)), 0, defaultCulture.Length);
            if (_defaultIndex < 0) throw new ArgumentException($"The default culture '{defaultCulture}' is not one of the catalog's cultures.", nameof(defaultCulture));
        }

        /// <summary>The catalog's culture names, in storage order.</summary>
        public IReadOnlyList<string> Names => _names;

        /// <summary>The number of cultures.</summary>
        public int Count => _names.Length;

        /// <summary>The culture used when nothing else matches.</summary>
        public string DefaultCulture => _names[_defaultIndex];

        /// <summary>The storage index of <see cref="DefaultCulture"/>.</summary>
        public int DefaultIndex => _defaultIndex;

        /// <summary>Resolves a culture to the index of the catalog culture whose text it gets.</summary>
        public int Resolve(CultureInfo? culture) => Resolve(culture?.Name);

        /// <summary>Resolves a culture name (BCP 47, e.g. <c>zh-TW</c>) to the index of the catalog culture whose text it gets.</summary>
        /// <remarks>
        /// Small enough to inline: a catalog culture name passed as a literal is the very string the
        /// catalog holds (literals are interned), so the common call is a few reference comparisons.
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Resolve(string? cultureName)
        {
            var names = _names;
            for (int i = 0; i < names.Length; i++)
            {
                if (ReferenceEquals(names[i], cultureName)) return i;
            }

            return ResolveCached(cultureName);
        }

        private int ResolveCached(string? cultureName)
        {
            if (cultureName is null) return _defaultIndex;
            var cache = _cache;
            for (int i = 0; i < cache.Length; i++)
            {
                var cached = cache[i];
                if (cached is not null && ReferenceEquals(cached.Name, cultureName)) return cached.Index;
            }

            int index = ResolveSlow(cultureName);
            int slot = (_nextSlot + 1) & (CacheSlots - 1);
            _nextSlot = slot;
            cache[slot] = new ResolvedName(cultureName, index);
            return index;
        }

        /// <summary>Resolves a culture name to the name of the catalog culture whose text it gets.</summary>
        public string ResolveName(string? cultureName) => _names[Resolve(cultureName)];

        // The table lives in CultureNames.Match, shared with the generator, so a key missing in one
        // file falls back the same way a request does.
        private int ResolveSlow(string name)
        {
            int index = CultureNames.Match(_names, name);
            return index >= 0 ? index : _defaultIndex;
        }

        /// <summary>The Chinese script culture (zh-Hans or zh-Hant) a zh name implies, by the one culture table.</summary>
        internal static string? ChineseScriptOf(string name) => CultureNames.ChineseScriptCulture(name);

        private static int IndexOfExact(string[] names, string value, int start, int length)
        {
            for (int i = 0; i < names.Length; i++)
            {
                string candidate = names[i];
                if (candidate.Length == length
                    && string.Compare(candidate, 0, value, start, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private sealed class ResolvedName
        {
            public ResolvedName(string name, int index)
            {
                Name = name;
                Index = index;
            }

            public string Name { get; }

            public int Index { get; }
        }
    }
}
