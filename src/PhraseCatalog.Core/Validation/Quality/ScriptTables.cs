using System;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// Per-character script facts compiled into the generator (see <see cref="ScriptTableData"/>,
    /// built with data/script-tables/ by tools/text-tables/build-tables.py): which Han
    /// characters are never right in Traditional or in Simplified Chinese, what to write instead,
    /// Taiwan's standard forms, and the unified form of compatibility ideographs and radicals.
    /// Lookups are binary searches over sorted code points: no allocation, no machine culture data.
    /// </summary>
    internal static class ScriptTables
    {
        private static readonly Table SimplifiedOnlyTable = new Table(ScriptTableData.SimplifiedOnly);
        private static readonly Table TraditionalOnlyTable = new Table(ScriptTableData.TraditionalOnly);
        private static readonly Table NotTaiwanTable = new Table(ScriptTableData.NotTaiwan);
        private static readonly Table UnifiedTable = new Table(ScriptTableData.Unified);

        public static int SimplifiedOnlyCount => SimplifiedOnlyTable.Count;

        public static int TraditionalOnlyCount => TraditionalOnlyTable.Count;

        /// <summary>A character never correct in Traditional Chinese; <paramref name="forms"/> are its Traditional forms.</summary>
        public static bool IsSimplifiedOnly(int codePoint, out string forms) => SimplifiedOnlyTable.TryGet(codePoint, out forms);

        /// <summary>A character never correct in Simplified Chinese; <paramref name="forms"/> are its Simplified forms.</summary>
        public static bool IsTraditionalOnly(int codePoint, out string forms) => TraditionalOnlyTable.TryGet(codePoint, out forms);

        /// <summary>A Traditional character that Taiwan's standard writes otherwise; <paramref name="form"/> is Taiwan's.</summary>
        public static bool IsNotTaiwan(int codePoint, out string form) => NotTaiwanTable.TryGet(codePoint, out form);

        /// <summary>The unified ideograph a compatibility ideograph or a radical stands for; the code point itself otherwise.</summary>
        public static int Unify(int codePoint)
        {
            if (codePoint < 0x2E80 || (codePoint > 0x2FDF && codePoint < 0xF900) || (codePoint > 0xFAFF && codePoint < 0x2F800) || codePoint > 0x2FA1F)
            {
                return codePoint;
            }

            return UnifiedTable.TryGet(codePoint, out string unified) && unified.Length > 0 ? CodePointAt(unified, 0, out _) : codePoint;
        }

        /// <summary>The code point at <paramref name="index"/> and its length in UTF-16 units; a lone surrogate is itself.</summary>
        public static int CodePointAt(string text, int index, out int length)
        {
            char c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                length = 2;
                return char.ConvertToUtf32(c, text[index + 1]);
            }

            length = 1;
            return c;
        }

        /// <summary>One table: sorted keys and, for each, the text after it in its item.</summary>
        private sealed class Table
        {
            private readonly int[] _keys;
            private readonly string[] _values;

            public Table(string data)
            {
                string[] items = data.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                _keys = new int[items.Length];
                _values = new string[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    string item = items[i];
                    int key = CodePointAt(item, 0, out int length);
                    _keys[i] = key;
                    _values[i] = item.Substring(length);
                }

                // The script writes the items sorted; sorting again costs nothing and guards the binary search.
                Array.Sort(_keys, _values);
            }

            public int Count => _keys.Length;

            public bool TryGet(int key, out string value)
            {
                int index = Array.BinarySearch(_keys, key);
                if (index >= 0)
                {
                    value = _values[index];
                    return true;
                }

                value = string.Empty;
                return false;
            }
        }
    }
}
