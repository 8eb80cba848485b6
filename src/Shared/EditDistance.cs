using System;

namespace PhraseCatalog.Shared
{
    /// <summary>
    /// The bounded edit distance both near-match checks use: PHR1005 in the analyzers and
    /// <c>PhraseGuard</c> at run time, so "nearly an approved phrase" means the same thing in a
    /// build and in production.
    /// </summary>
    internal static class EditDistance
    {
        // Two rows per thread, grown as needed: this runs for many texts, and concurrently.
        [ThreadStatic]
        private static int[]? s_previousRow;

        [ThreadStatic]
        private static int[]? s_currentRow;

        /// <summary>
        /// Levenshtein distance if it is at most <paramref name="max"/>, else <c>max + 1</c>; only a
        /// diagonal band of width 2·max+1 is computed, so the cost is linear in the length.
        /// </summary>
        public static int Bounded(string a, string b, int max)
        {
            if (max < 0) return 0;
            if (Math.Abs(a.Length - b.Length) > max) return max + 1;
            int big = max + 1;
            var previous = s_previousRow is { } p && p.Length > b.Length ? p : (s_previousRow = new int[b.Length + 16]);
            var current = s_currentRow is { } c && c.Length > b.Length ? c : (s_currentRow = new int[b.Length + 16]);
            for (int j = 0; j <= b.Length; j++) previous[j] = j <= max ? j : big;
            for (int i = 1; i <= a.Length; i++)
            {
                int from = Math.Max(1, i - max), to = Math.Min(b.Length, i + max);
                current[0] = i <= max ? i : big;
                if (from > 1) current[from - 1] = big;
                int rowMin = current[0];
                for (int j = from; j <= to; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    current[j] = value > big ? big : value;
                    if (current[j] < rowMin) rowMin = current[j];
                }

                if (to < b.Length) current[to + 1] = big;
                if (rowMin > max) return big;
                var swap = previous;
                previous = current;
                current = swap;
            }

            return Math.Min(previous[b.Length], big);
        }
    }
}
