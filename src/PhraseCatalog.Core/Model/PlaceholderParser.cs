using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PhraseCatalog.Core.Common;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// A piece of a phrase template: literal text, or a named placeholder, which in Korean may carry a
    /// particle pair (<c>{name|을/를}</c>) whose form the generated code picks from the value.
    /// </summary>
    internal sealed record TemplateSegment(bool IsPlaceholder, string Value, KoreanParticlePair? Particle = null)
    {
        /// <summary>
        /// For a positional placeholder, its .NET composite-format alignment and format string as
        /// written after the index (<c>,-10</c>, <c>:0.0</c>, <c>,8:N2</c>); null when there is none.
        /// </summary>
        public string? Format { get; init; }
    }

    /// <summary>A placeholder and its C# type keyword: named (<c>{surname}</c>) or positional (<c>{0}</c>, type <c>object</c>).</summary>
    internal sealed record Placeholder(string Name, string Type)
    {
        /// <summary>The type of positional placeholders: any value, formatted with the invariant culture.</summary>
        public const string PositionalType = "object";

        /// <summary>True for <c>{0}</c>, <c>{1:N2}</c>…: the name is the index.</summary>
        public bool IsPositional => Type == PositionalType;

        /// <summary>The C# parameter name: the name, or <c>arg0</c>, <c>arg1</c>… for positional ones.</summary>
        public string ParameterName => IsPositional ? "arg" + Name : Name;

        /// <summary>As written in a text, for messages: <c>{surname}</c>, <c>{hours:int}</c>, <c>{0}</c>.</summary>
        public string Shown => "{" + (Type == "string" || IsPositional ? Name : Name + ":" + Type) + "}";
    }

    /// <summary>A malformed spot in a template, as a range of the decoded text; <paramref name="IsPause"/> marks a bad <c>{pause:…}</c> (PHR0019, not PHR0007).</summary>
    internal sealed record TemplateError(int Index, int Length, string Message, bool IsPause = false);

    /// <summary>Where a well-formed placeholder is written in the decoded text (<paramref name="Length"/> covers the braces).</summary>
    internal sealed record PlaceholderUse(int Index, int Length, Placeholder Placeholder, KoreanParticlePair? Particle);

    /// <summary>What a stretch of a template's text is, for rules that must look past template syntax.</summary>
    internal enum TemplateSyntaxKind
    {
        /// <summary>A well-formed <c>{name}</c> or <c>{name:type}</c>.</summary>
        Placeholder,

        /// <summary><c>{{</c> or <c>}}</c>, a literal brace.</summary>
        Escape,

        /// <summary>A closed <c>{...}</c> the parser could not read (reported as an error).</summary>
        Malformed,

        /// <summary>A placeholder with one or both braces full-width (<c>｛name｝</c>, <c>{name｝</c>, <c>｛name}</c>).</summary>
        FullWidthBrace,
    }

    /// <summary>A stretch of template syntax in the text: <see cref="Length"/> characters from <see cref="Index"/>.</summary>
    internal readonly struct TemplateSyntax
    {
        public TemplateSyntax(int index, int length, TemplateSyntaxKind kind)
        {
            Index = index;
            Length = length;
            Kind = kind;
        }

        public int Index { get; }

        public int Length { get; }

        public TemplateSyntaxKind Kind { get; }
    }

    internal sealed record ParsedTemplate(
        EquatableArray<TemplateSegment> Segments,
        EquatableArray<Placeholder> Placeholders,
        EquatableArray<TemplateError> Errors)
    {
        public bool HasPlaceholders => Placeholders.Count > 0;

        /// <summary>Every well-formed placeholder in text order, for rules that look at what surrounds it.</summary>
        public EquatableArray<PlaceholderUse> Uses { get; init; } = EquatableArray<PlaceholderUse>.Empty;

        /// <summary>True when the text has a <c>{pause:…}</c>: its spoken form then differs from its text.</summary>
        public bool HasPauses { get; init; }
    }

    /// <summary>
    /// Scans <c>{name}</c>, <c>{name:type}</c>, the Korean particle forms <c>{name|을/를}</c> and
    /// <c>{name:type|이/가}</c>, <c>{{</c> and <c>}}</c> once, at build time; the generated code
    /// concatenates the parts, so nothing is parsed at run time. A placeholder whose braces a CJK
    /// input method made full-width (<c>｛name｝</c>) is read as that placeholder; the quality rule
    /// PHR0013 reports it as an error.
    /// </summary>
    internal static class PlaceholderParser
    {
        /// <summary>Placeholder types and the C# type each becomes.</summary>
        public static readonly ImmutableArray<string> Types = ImmutableArray.Create("string", "int", "long", "decimal", "double", "phone", "digits", "time", "money");

        /// <summary>The longest pause a phrase may hold: Polly and Twilio stop at 10 s, and a longer silence is the IVR's listening time, not speech.</summary>
        public const int MaxPauseMilliseconds = 10000;

        private const string PausePrefix = "pause:";

        /// <summary>Parses a phrase text.</summary>
        /// <param name="text">The decoded text.</param>
        /// <param name="culture">
        /// The text's culture. Particle forms are Korean grammar, so they are malformed in a culture that
        /// is not <c>ko</c>/<c>ko-*</c>; null accepts them (no culture known).
        /// </param>
        /// <param name="syntax">
        /// When given, receives every stretch that is template syntax rather than text (placeholders,
        /// <c>{{</c>/<c>}}</c>, closed but malformed groups), in order, so the quality rules can hide
        /// it before they read the words.
        /// </param>
        public static ParsedTemplate Parse(string text, string? culture = null, List<TemplateSyntax>? syntax = null)
        {
            var segments = new List<TemplateSegment>();
            var placeholders = new List<Placeholder>();
            var errors = new List<TemplateError>();
            var uses = new List<PlaceholderUse>();
            bool particles = culture is null || KoreanParticleForms.IsKorean(culture);
            var literal = new System.Text.StringBuilder();
            bool hasPauses = false;
            // Around a pause, white space collapses: "好。{pause:1s}再见" reads "好。再见", "요. {pause:1s} 안녕히" reads
            // "요. 안녕히" (one space, as between the words), and a pause at either end leaves no space behind.
            bool skipSpace = false;
            bool pendingSpace = false;

            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{' || c == FullWidthOpen)
                {
                    if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
                    {
                        syntax?.Add(new TemplateSyntax(i, 2, TemplateSyntaxKind.Escape));
                        FlushPause();
                        literal.Append('{');
                        i += 2;
                        continue;
                    }

                    // A brace typed with a CJK input method (｛name｝, {name｝, ｛name}) around a
                    // placeholder name is read as the placeholder that was meant, so the other cultures
                    // and PHR0007 stay quiet; PHR0013 reports it as an error.
                    int fullWidthClose = FullWidthGroupEnd(text, i);
                    if (fullWidthClose > 0)
                    {
                        syntax?.Add(new TemplateSyntax(i, fullWidthClose - i + 1, TemplateSyntaxKind.FullWidthBrace));
                        AddPlaceholder(ParseInner(text.Substring(i + 1, fullWidthClose - i - 1), i, fullWidthClose - i + 1, particles ? null : culture, errors, out var fullWidthParticle, out var fullWidthFormat), fullWidthParticle, fullWidthFormat, i, fullWidthClose - i + 1);
                        i = fullWidthClose + 1;
                        continue;
                    }

                    if (c == FullWidthOpen)
                    {
                        literal.Append(c);
                        i++;
                        continue;
                    }

                    int close = i + 1;
                    while (close < text.Length && text[close] != '}' && text[close] != '{') close++;
                    if (close >= text.Length || text[close] == '{')
                    {
                        errors.Add(new TemplateError(i, 1, "The '{' at character " + (i + 1) + " is never closed; write '{{' for a literal brace, or close the placeholder with '}'"));
                        literal.Append(c);
                        i++;
                        continue;
                    }

                    string inner = text.Substring(i + 1, close - i - 1);
                    if (inner.StartsWith(PausePrefix, StringComparison.Ordinal))
                    {
                        // {pause:2s}: no parameter and no text; a speech break. The white space around it
                        // collapses, so Text() keeps no doubled or dangling space.
                        syntax?.Add(new TemplateSyntax(i, close - i + 1, TemplateSyntaxKind.Placeholder));
                        string? pauseError = CheckPause(inner.Substring(PausePrefix.Length));
                        if (pauseError is not null) errors.Add(new TemplateError(i, close - i + 1, pauseError, IsPause: true));
                        hasPauses = true;
                        int end = literal.Length;
                        while (end > 0 && char.IsWhiteSpace(literal[end - 1])) end--;
                        pendingSpace |= end < literal.Length;
                        literal.Length = end;
                        skipSpace = true;
                        i = close + 1;
                        continue;
                    }

                    var placeholder = ParseInner(inner, i, close - i + 1, particles ? null : culture, errors, out var particle, out var format);
                    syntax?.Add(new TemplateSyntax(i, close - i + 1, placeholder is null ? TemplateSyntaxKind.Malformed : TemplateSyntaxKind.Placeholder));
                    AddPlaceholder(placeholder, particle, format, i, close - i + 1);
                    i = close + 1;
                    continue;
                }

                if (c == '}')
                {
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        syntax?.Add(new TemplateSyntax(i, 2, TemplateSyntaxKind.Escape));
                        FlushPause();
                        literal.Append('}');
                        i += 2;
                        continue;
                    }

                    errors.Add(new TemplateError(i, 1, "The '}' at character " + (i + 1) + " has no matching '{'; write '}}' for a literal brace"));
                    literal.Append(c);
                    i++;
                    continue;
                }

                if (skipSpace && char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    i++;
                    continue;
                }

                FlushPause();
                literal.Append(c);
                i++;
            }

            if (literal.Length > 0) segments.Add(new TemplateSegment(false, literal.ToString()));
            CheckOneKind(uses, errors);
            return new ParsedTemplate(segments.ToEquatableArray(), placeholders.ToEquatableArray(), errors.ToEquatableArray()) { Uses = uses.ToEquatableArray(), HasPauses = hasPauses };

            // Words on both sides of a pause keep one space between them (Korean, Latin); Chinese has none to keep.
            void FlushPause()
            {
                if (skipSpace && pendingSpace && (literal.Length > 0 || segments.Count > 0)) literal.Append(' ');
                skipSpace = false;
                pendingSpace = false;
            }

            void AddPlaceholder(Placeholder? placeholder, KoreanParticlePair? particle, string? format, int index, int length)
            {
                if (placeholder is null) return;
                FlushPause();
                if (literal.Length > 0)
                {
                    segments.Add(new TemplateSegment(false, literal.ToString()));
                    literal.Clear();
                }

                segments.Add(new TemplateSegment(true, placeholder.Name, particle) { Format = format });
                uses.Add(new PlaceholderUse(index, length, placeholder, particle));
                bool known = false;
                foreach (var existing in placeholders)
                {
                    if (existing.Name != placeholder.Name) continue;
                    known = true;
                    if (existing.Type != placeholder.Type)
                    {
                        errors.Add(new TemplateError(index, length, "The placeholder '" + placeholder.Name + "' is used as '" + existing.Type + "' and as '" + placeholder.Type + "' in the same text; give it one type"));
                    }
                }

                if (!known) placeholders.Add(placeholder);
            }
        }

        /// <summary>
        /// A text uses named placeholders or positional ones, not both: the generated method's
        /// parameters come either from the names or from the indexes.
        /// </summary>
        private static void CheckOneKind(List<PlaceholderUse> uses, List<TemplateError> errors)
        {
            PlaceholderUse? named = null;
            PlaceholderUse? positional = null;
            foreach (var use in uses)
            {
                if (use.Placeholder.IsPositional) positional ??= use;
                else named ??= use;
            }

            if (named is null || positional is null) return;
            var later = named.Index > positional.Index ? named : positional;
            errors.Add(new TemplateError(later.Index, later.Length,
                "The text mixes named placeholders (" + named.Placeholder.Shown + ") and positional ones (" + positional.Placeholder.Shown
                + "); use one kind in every culture of the key: give each value a name ({count}, {date}) or number them all ({0}, {1})"));
        }

        // Positional indexes and alignments are bounded so the generated format strings can never
        // fail at run time (.NET rejects widths of a million and more).
        private const int MaxIndex = 99;
        private const int MaxAlignment = 999;

        /// <summary>
        /// Reads <c>0</c>, <c>1,-10</c>, <c>1:0.0</c>, <c>2,8:yyyy-MM-dd</c> (.NET composite format):
        /// the index becomes the placeholder's name, the rest its <paramref name="format"/>.
        /// </summary>
        private static Placeholder? ParsePositional(string head, string inner, int index, int length, List<TemplateError> errors, out string? format)
        {
            format = null;
            int j = 0;
            while (j < head.Length && head[j] >= '0' && head[j] <= '9') j++;
            string digits = head.Substring(0, j);
            int position = digits.Length <= 2 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
            if (position > MaxIndex)
            {
                errors.Add(new TemplateError(index, length, "The positional placeholder '{" + inner + "}' has the index " + digits + "; indexes run from 0 to " + MaxIndex));
                return null;
            }

            int specStart = j;
            if (j < head.Length && head[j] == ',')
            {
                j++;
                while (j < head.Length && head[j] == ' ') j++;
                if (j < head.Length && head[j] == '-') j++;
                int widthStart = j;
                while (j < head.Length && head[j] >= '0' && head[j] <= '9') j++;
                int width = j - widthStart is > 0 and <= 3 ? int.Parse(head.Substring(widthStart, j - widthStart), System.Globalization.CultureInfo.InvariantCulture) : -1;
                while (j < head.Length && head[j] == ' ') j++;
                if (width < 0 || width > MaxAlignment)
                {
                    errors.Add(new TemplateError(index, length, "The positional placeholder '{" + inner + "}' has an alignment that is not a number from -" + MaxAlignment + " to " + MaxAlignment + " (write {0,-10} or {0,8})"));
                    return null;
                }
            }

            if (j < head.Length && head[j] != ':')
            {
                errors.Add(new TemplateError(index, length, "The positional placeholder '{" + inner + "}' is not written {index}, {index,alignment} or {index:format}, such as {0}, {0,-10} or {1:0.0}"));
                return null;
            }

            if (j < head.Length) j = head.Length;
            if (j > specStart) format = head.Substring(specStart);
            return new Placeholder(position.ToString(System.Globalization.CultureInfo.InvariantCulture), Placeholder.PositionalType);
        }

        /// <summary>Null when <paramref name="duration"/> is a pause length this catalog accepts (<c>500ms</c>, <c>2s</c>, <c>1.5s</c>, at most 10 s), else why not.</summary>
        internal static string? CheckPause(string duration)
        {
            if (!TryParseDuration(duration, out int milliseconds, out string? error)) return "The pause '{pause:" + duration + "}' " + error;
            if (milliseconds == 0) return "The pause '{pause:" + duration + "}' is empty; write a length such as {pause:500ms}";
            if (milliseconds > MaxPauseMilliseconds)
            {
                return "The pause '{pause:" + duration + "}' is longer than 10 s; engines such as Polly refuse it, and waiting for the caller is the procedure's timeout ('No input after 10s: …'), not a pause";
            }

            return null;
        }

        /// <summary>Reads <c>500ms</c>, <c>2s</c> or <c>1.5s</c> as whole milliseconds; <paramref name="error"/> says what is wrong otherwise.</summary>
        internal static bool TryParseDuration(string value, out int milliseconds, out string? error)
        {
            milliseconds = 0;
            error = null;
            bool isMs = value.EndsWith("ms", StringComparison.Ordinal);
            bool isS = !isMs && value.EndsWith("s", StringComparison.Ordinal);
            string number = isMs ? value.Substring(0, value.Length - 2) : isS ? value.Substring(0, value.Length - 1) : value;
            int dot = number.IndexOf('.');
            bool digits = number.Length > 0 && number.Length <= 9;
            foreach (char c in number)
            {
                if ((c < '0' || c > '9') && c != '.') digits = false;
            }

            if (!digits || (dot >= 0 && (dot != number.LastIndexOf('.') || dot == 0 || dot == number.Length - 1)))
            {
                error = "is not a length; write whole milliseconds or seconds such as 500ms, 2s or 1.5s";
                return false;
            }

            if (!isMs && !isS)
            {
                error = "has no unit; write " + number + "s or " + number + "ms";
                return false;
            }

            if (isMs && dot >= 0)
            {
                error = "has a fraction of a millisecond; write whole milliseconds";
                return false;
            }

            decimal amount = decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture) * (isS ? 1000m : 1m);
            if (amount != decimal.Truncate(amount))
            {
                error = "is not a whole number of milliseconds";
                return false;
            }

            // Nine digits of seconds overflow an int: anything that long is reported as too long, never thrown.
            milliseconds = amount > int.MaxValue ? int.MaxValue : (int)amount;
            return true;
        }

        private const char FullWidthOpen = '\uFF5B';

        private const char FullWidthClose = '\uFF5D';

        /// <summary>
        /// The index of the closing brace when the brace at <paramref name="open"/> starts a placeholder
        /// with at least one full-width brace: an ASCII name (<c>[A-Za-z_][A-Za-z0-9_]*</c>), then
        /// optionally <c>:type</c> or a <c>|</c> part of up to 16 characters, then <c>}</c> or <c>｝</c>.
        /// Otherwise -1: a full-width brace around anything else (<c>｛注意｝</c>) is ordinary text.
        /// </summary>
        private static int FullWidthGroupEnd(string text, int open)
        {
            int j = open + 1;
            if (j >= text.Length || !IsAsciiNameStart(text[j])) return -1;
            while (j < text.Length && (IsAsciiNameStart(text[j]) || (text[j] >= '0' && text[j] <= '9'))) j++;
            if (j < text.Length && text[j] == ':')
            {
                j++;
                int typeStart = j;
                while (j < text.Length && text[j] >= 'a' && text[j] <= 'z') j++;
                if (j == typeStart) return -1;
            }
            else if (j < text.Length && text[j] == '|')
            {
                int limit = Math.Min(text.Length, j + 17);
                j++;
                while (j < limit && text[j] != '{' && text[j] != '}' && text[j] != FullWidthOpen && text[j] != FullWidthClose && text[j] != '\n') j++;
            }

            if (j >= text.Length || (text[j] != '}' && text[j] != FullWidthClose)) return -1;
            return text[open] == FullWidthOpen || text[j] == FullWidthClose ? j : -1;
        }

        private static bool IsAsciiNameStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        // notKorean: the culture of a text that may not use particle forms, or null when it may.
        private static Placeholder? ParseInner(string inner, int index, int length, string? notKorean, List<TemplateError> errors, out KoreanParticlePair? particle, out string? format)
        {
            particle = null;
            format = null;
            string head = inner;
            int bar = inner.IndexOf('|');
            if (bar >= 0)
            {
                // {name|을/를}: the pair comes last, after the name and any type.
                head = inner.Substring(0, bar);
                string written = inner.Substring(bar + 1);
                particle = KoreanParticleForms.Find(written);
                if (particle is null)
                {
                    errors.Add(new TemplateError(index, length, "The placeholder '{" + inner + "}' has the particle form '" + written + "', which is not one of "
                        + KoreanParticleForms.List + " (the form after a final consonant, '/', the form after a vowel)"));
                    return null;
                }

                if (notKorean is not null)
                {
                    errors.Add(new TemplateError(index, length, "The placeholder '{" + inner + "}' has a Korean particle form, but this is a " + notKorean
                        + " text; particle forms are for Korean texts only, so write {" + head + "}"));
                    return null;
                }
            }

            // {0}, {1:N2}, {0,-10}: .NET's positional composite format, as existing resx files have it.
            if (head.Length > 0 && head[0] >= '0' && head[0] <= '9')
            {
                return ParsePositional(head, inner, index, length, errors, out format);
            }

            string name = head;
            string type = "string";
            int colon = head.IndexOf(':');
            if (colon >= 0)
            {
                name = head.Substring(0, colon);
                type = head.Substring(colon + 1);
                if (!Types.Contains(type))
                {
                    errors.Add(new TemplateError(index, length, "The placeholder '{" + inner + "}' has the type '" + type + "'; the types are " + string.Join(", ", Types)));
                    return null;
                }
            }

            if (name.Length == 0)
            {
                errors.Add(new TemplateError(index, length, "The placeholder '{" + inner + "}' has no name; write a name such as {surname}, or '{{' for a literal brace"));
                return null;
            }

            if (!Identifiers.IsValid(name))
            {
                errors.Add(new TemplateError(index, length, "The placeholder name '" + name + "' is not a valid C# identifier (letters, digits and '_', not starting with a digit)"));
                return null;
            }

            return new Placeholder(name, type);
        }
    }
}
