using System;
using System.Collections.Generic;
using System.Text;

namespace PhraseCatalog
{
    /// <summary>How a placeholder value is said aloud.</summary>
    internal enum SpokenKind
    {
        /// <summary>Said as written (<c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c>, <c>double</c>).</summary>
        AsWritten,

        /// <summary><c>{name:phone}</c>: digit by digit; in Mandarin 1 is said 幺.</summary>
        Phone,

        /// <summary><c>{name:digits}</c>: digit by digit in every culture.</summary>
        Digits,

        /// <summary><c>{name:time}</c>: a clock time, written <c>14:30</c>, said 14点30分 / 오후 두 시 30분.</summary>
        Time,

        /// <summary><c>{name:money}</c>: an amount, written with a thousands separator, said without it.</summary>
        Money,
    }

    internal enum SpeechSegmentKind
    {
        Literal,
        Value,
        Pause,
    }

    /// <summary>One piece of a phrase as it is spoken: literal text, a placeholder value, or a pause.</summary>
    internal readonly struct SpeechSegment
    {
        public SpeechSegment(SpeechSegmentKind kind, string text, int argument, SpokenKind spoken, int particle, int pauseMilliseconds)
        {
            Kind = kind;
            Text = text;
            Argument = argument;
            Spoken = spoken;
            Particle = particle;
            PauseMilliseconds = pauseMilliseconds;
        }

        public SpeechSegmentKind Kind { get; }

        public string Text { get; }

        public int Argument { get; }

        public SpokenKind Spoken { get; }

        /// <summary>The <see cref="KoreanParticle"/> after the value, or -1.</summary>
        public int Particle { get; }

        public int PauseMilliseconds { get; }
    }

    /// <summary>
    /// Reads a template text as written in a phrase file (<c>{name:type}</c>, <c>{name|을/를}</c>,
    /// <c>{pause:2s}</c>, <c>{{</c>) into speech segments. The generator has already checked the
    /// text, so this only needs to find the pieces; it runs once per template and culture, and the
    /// result is cached by the caller.
    /// </summary>
    internal static class SpeechTemplate
    {
        private const char FullWidthOpen = '\uFF5B';
        private const char FullWidthClose = '\uFF5D';

        public static SpeechSegment[] Parse(string template, IReadOnlyList<string> placeholders)
        {
            var segments = new List<SpeechSegment>();
            var literal = new StringBuilder();
            int i = 0;
            while (i < template.Length)
            {
                char c = template[i];
                if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
                {
                    literal.Append('{');
                    i += 2;
                    continue;
                }

                if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
                {
                    literal.Append('}');
                    i += 2;
                    continue;
                }

                if (c == '{' || c == FullWidthOpen)
                {
                    int close = i + 1;
                    while (close < template.Length && template[close] != '}' && template[close] != FullWidthClose && template[close] != '{') close++;
                    if (close < template.Length && template[close] != '{'
                        && TryReadGroup(template.Substring(i + 1, close - i - 1), placeholders, out var segment))
                    {
                        if (literal.Length > 0)
                        {
                            segments.Add(new SpeechSegment(SpeechSegmentKind.Literal, literal.ToString(), -1, SpokenKind.AsWritten, -1, 0));
                            literal.Clear();
                        }

                        segments.Add(segment);
                        i = close + 1;
                        continue;
                    }
                }

                literal.Append(c);
                i++;
            }

            if (literal.Length > 0) segments.Add(new SpeechSegment(SpeechSegmentKind.Literal, literal.ToString(), -1, SpokenKind.AsWritten, -1, 0));
            return segments.ToArray();
        }

        private static bool TryReadGroup(string inner, IReadOnlyList<string> placeholders, out SpeechSegment segment)
        {
            segment = default;
            string head = inner;
            int particle = -1;
            int bar = inner.IndexOf('|');
            if (bar >= 0)
            {
                head = inner.Substring(0, bar);
                particle = FindParticle(inner.Substring(bar + 1));
            }

            string name = head;
            string type = "string";
            int colon = head.IndexOf(':');
            if (colon >= 0)
            {
                name = head.Substring(0, colon);
                type = head.Substring(colon + 1);
            }

            if (name == "pause" && colon >= 0 && TryParsePause(type, out int milliseconds))
            {
                segment = new SpeechSegment(SpeechSegmentKind.Pause, string.Empty, -1, SpokenKind.AsWritten, -1, milliseconds);
                return true;
            }

            for (int p = 0; p < placeholders.Count; p++)
            {
                if (!string.Equals(placeholders[p], name, StringComparison.Ordinal)) continue;
                segment = new SpeechSegment(SpeechSegmentKind.Value, string.Empty, p, KindOf(type), particle, 0);
                return true;
            }

            return false;
        }

        internal static SpokenKind KindOf(string type) => type switch
        {
            "phone" => SpokenKind.Phone,
            "digits" => SpokenKind.Digits,
            "time" => SpokenKind.Time,
            "money" => SpokenKind.Money,
            _ => SpokenKind.AsWritten,
        };

        /// <summary><c>500ms</c>, <c>2s</c>, <c>1.5s</c> → whole milliseconds; the same grammar the generator checks.</summary>
        internal static bool TryParsePause(string value, out int milliseconds)
        {
            milliseconds = 0;
            bool isMs = value.EndsWith("ms", StringComparison.Ordinal);
            bool isS = !isMs && value.EndsWith("s", StringComparison.Ordinal);
            if (!isMs && !isS) return false;
            string number = value.Substring(0, value.Length - (isMs ? 2 : 1));
            if (number.Length == 0 || number.Length > 9) return false;
            long whole = 0;
            long fraction = 0;
            long scale = 1;
            bool dot = false;
            foreach (char c in number)
            {
                if (c == '.' && !dot && isS)
                {
                    dot = true;
                    continue;
                }

                if (c < '0' || c > '9') return false;
                if (dot)
                {
                    fraction = fraction * 10 + (c - '0');
                    scale *= 10;
                }
                else
                {
                    whole = whole * 10 + (c - '0');
                }
            }

            if (dot && scale == 1) return false;
            long total = isMs ? whole : whole * 1000 + (fraction * 1000 / scale);
            if (total > int.MaxValue) return false;
            milliseconds = (int)total;
            return true;
        }

        private static int FindParticle(string written)
        {
            int slash = written.IndexOf('/');
            if (slash <= 0) return -1;
            string first = written.Substring(0, slash);
            string second = written.Substring(slash + 1);
            for (int p = 0; p <= (int)KoreanParticle.IyaYa; p++)
            {
                string afterConsonant = KoreanParticles.Pick(KoreanEnding.Consonant, (KoreanParticle)p);
                string afterVowel = KoreanParticles.Pick(KoreanEnding.Vowel, (KoreanParticle)p);
                if ((first == afterConsonant && second == afterVowel) || (first == afterVowel && second == afterConsonant)) return p;
            }

            return -1;
        }
    }
}
