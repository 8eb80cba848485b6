using System;
using System.Collections.Generic;

namespace PhraseCatalog.Shared
{
    /// <summary>
    /// An Aho–Corasick automaton over many patterns: one pass over a text finds every occurrence of
    /// every pattern, in time linear in the text's length plus the number of matches, however many
    /// patterns there are. Built once per compilation by the analyzers and once per catalog culture
    /// by PHR0011, and once per guard by the runtime; immutable and thread-safe afterwards. Shared source, so every layer has the same matcher.
    /// </summary>
    internal sealed class PhraseAutomaton
    {
        private readonly int[] _fail;
        private readonly char[][] _keys;       // per state: sorted transition characters
        private readonly int[][] _targets;     // per state: target state of each key
        private readonly int[][] _outputs;     // per state: pattern indices ending here (incl. via fail links)
        private readonly int[] _lengths;

        public PhraseAutomaton(IReadOnlyList<string> patterns)
        {
            var keys = new List<List<char>> { new List<char>() };
            var targets = new List<List<int>> { new List<int>() };
            var outputs = new List<List<int>> { new List<int>() };
            _lengths = new int[patterns.Count];
            for (int p = 0; p < patterns.Count; p++)
            {
                string pattern = patterns[p];
                _lengths[p] = pattern.Length;
                if (pattern.Length == 0) continue;
                int state = 0;
                foreach (char c in pattern)
                {
                    int index = keys[state].IndexOf(c);
                    if (index >= 0)
                    {
                        state = targets[state][index];
                        continue;
                    }

                    keys[state].Add(c);
                    targets[state].Add(keys.Count);
                    keys.Add(new List<char>());
                    targets.Add(new List<int>());
                    outputs.Add(new List<int>());
                    state = keys.Count - 1;
                }

                outputs[state].Add(p);
            }

            int count = keys.Count;
            _keys = new char[count][];
            _targets = new int[count][];
            for (int s = 0; s < count; s++)
            {
                var order = new int[keys[s].Count];
                for (int i = 0; i < order.Length; i++) order[i] = i;
                var k = keys[s];
                Array.Sort(order, (a, b) => k[a].CompareTo(k[b]));
                _keys[s] = new char[order.Length];
                _targets[s] = new int[order.Length];
                for (int i = 0; i < order.Length; i++)
                {
                    _keys[s][i] = k[order[i]];
                    _targets[s][i] = targets[s][order[i]];
                }
            }

            // Breadth-first: a state's fail link is the longest proper suffix that is also a prefix.
            _fail = new int[count];
            var queue = new Queue<int>();
            foreach (int child in _targets[0]) queue.Enqueue(child);
            while (queue.Count > 0)
            {
                int state = queue.Dequeue();
                for (int i = 0; i < _keys[state].Length; i++)
                {
                    char c = _keys[state][i];
                    int child = _targets[state][i];
                    int f = _fail[state];
                    int next;
                    while ((next = Step(f, c)) < 0 && f != 0) f = _fail[f];
                    _fail[child] = next >= 0 && next != child ? next : 0;
                    outputs[child].AddRange(outputs[_fail[child]]);
                    queue.Enqueue(child);
                }
            }

            _outputs = new int[count][];
            for (int s = 0; s < count; s++) _outputs[s] = outputs[s].ToArray();
        }

        public bool IsEmpty => _keys[0].Length == 0;

        /// <summary>The number of states (state 0 is the start), for callers that tabulate <see cref="Next"/>.</summary>
        public int StateCount => _keys.Length;

        /// <summary>Every occurrence of every pattern in <paramref name="text"/>, as (start, pattern index), in order of their end.</summary>
        public List<(int Start, int Pattern)>? FindAll(string text)
        {
            List<(int, int)>? result = null;
            int state = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int next;
                while ((next = Step(state, c)) < 0 && state != 0) state = _fail[state];
                state = next < 0 ? 0 : next;
                var output = _outputs[state];
                if (output.Length == 0) continue;
                result ??= new List<(int, int)>();
                foreach (int p in output) result.Add((i - _lengths[p] + 1, p));
            }

            return result;
        }

        /// <summary>
        /// The state after reading <paramref name="c"/> in <paramref name="state"/> (0 is the start):
        /// for callers that fold characters as they scan, so they need no folded copy of the text.
        /// </summary>
        public int Next(int state, char c)
        {
            int next;
            while ((next = Step(state, c)) < 0 && state != 0) state = _fail[state];
            return next < 0 ? 0 : next;
        }

        /// <summary>The indices of the patterns that end in <paramref name="state"/> (empty for most states).</summary>
        public int[] OutputsAt(int state) => _outputs[state];

        /// <summary>The length of a pattern.</summary>
        public int PatternLength(int pattern) => _lengths[pattern];

        private int Step(int state, char c)
        {
            var keys = _keys[state];
            int index = keys.Length <= 8 ? Array.IndexOf(keys, c) : Array.BinarySearch(keys, c);
            return index >= 0 ? _targets[state][index] : -1;
        }
    }
}
