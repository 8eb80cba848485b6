using System.Collections.Generic;
using System.Collections.Immutable;
using PhraseCatalog.Generator.Common;

namespace PhraseCatalog.Generator.Model
{
    /// <summary>
    /// A piece of a phrase template: literal text, or a named placeholder, which in Korean may carry a
    /// particle pair (<c>{name|을/를}</c>) whose form the generated code picks from the value.
    /// </summary>
    internal sealed record TemplateSegment(bool IsPlaceholder, string Value, KoreanParticlePair? Particle = null);

    /// <summary>A named placeholder and its C# type keyword.</summary>
    internal sealed record Placeholder(string Name, string Type);

    /// <summary>A malformed spot in a template, as a range of the decoded text.</summary>
    internal sealed record TemplateError(int Index, int Length, string Message);

    /// <summary>Where a well-formed placeholder is written in the decoded text (<paramref name="Length"/> covers the braces).</summary>
    internal sealed record PlaceholderUse(int Index, int Length, Placeholder Placeholder, KoreanParticlePair? Particle);

    internal sealed record ParsedTemplate(
        EquatableArray<TemplateSegment> Segments,
        EquatableArray<Placeholder> Placeholders,
        EquatableArray<TemplateError> Errors)
    {
        public bool HasPlaceholders => Placeholders.Count > 0;

        /// <summary>Every well-formed placeholder in text order, for rules that look at what surrounds it.</summary>
        public EquatableArray<PlaceholderUse> Uses { get; init; } = EquatableArray<PlaceholderUse>.Empty;
    }

    /// <summary>
    /// Scans <c>{name}</c>, <c>{name:type}</c>, the Korean particle forms <c>{name|을/를}</c> and
    /// <c>{name:type|이/가}</c>, <c>{{</c> and <c>}}</c> once, at build time; the generated code
    /// concatenates the parts, so nothing is parsed at run time.
    /// </summary>
    internal static class PlaceholderParser
    {
        /// <summary>Placeholder types and the C# type each becomes.</summary>
        public static readonly ImmutableArray<string> Types = ImmutableArray.Create("string", "int", "long", "decimal", "double");

        /// <summary>Parses a phrase text.</summary>
        /// <param name="text">The decoded text.</param>
        /// <param name="culture">
        /// The text's culture. Particle forms are Korean grammar, so they are malformed in a culture that
        /// is not <c>ko</c>/<c>ko-*</c>; null accepts them (no culture known).
        /// </param>
        public static ParsedTemplate Parse(string text, string? culture = null)
        {
            var segments = new List<TemplateSegment>();
            var placeholders = new List<Placeholder>();
            var errors = new List<TemplateError>();
            var uses = new List<PlaceholderUse>();
            bool particles = culture is null || KoreanParticleForms.IsKorean(culture);
            var literal = new System.Text.StringBuilder();

            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{')
                {
                    if (i + 1 < text.Length && text[i + 1] == '{')
                    {
                        literal.Append('{');
                        i += 2;
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
                    var placeholder = ParseInner(inner, i, close - i + 1, particles ? null : culture, errors, out var particle);
                    if (placeholder is not null)
                    {
                        if (literal.Length > 0)
                        {
                            segments.Add(new TemplateSegment(false, literal.ToString()));
                            literal.Clear();
                        }

                        segments.Add(new TemplateSegment(true, placeholder.Name, particle));
                        uses.Add(new PlaceholderUse(i, close - i + 1, placeholder, particle));
                        bool known = false;
                        foreach (var existing in placeholders)
                        {
                            if (existing.Name != placeholder.Name) continue;
                            known = true;
                            if (existing.Type != placeholder.Type)
                            {
                                errors.Add(new TemplateError(i, close - i + 1, "The placeholder '" + placeholder.Name + "' is used as '" + existing.Type + "' and as '" + placeholder.Type + "' in the same text; give it one type"));
                            }
                        }

                        if (!known) placeholders.Add(placeholder);
                    }

                    i = close + 1;
                    continue;
                }

                if (c == '}')
                {
                    if (i + 1 < text.Length && text[i + 1] == '}')
                    {
                        literal.Append('}');
                        i += 2;
                        continue;
                    }

                    errors.Add(new TemplateError(i, 1, "The '}' at character " + (i + 1) + " has no matching '{'; write '}}' for a literal brace"));
                    literal.Append(c);
                    i++;
                    continue;
                }

                literal.Append(c);
                i++;
            }

            if (literal.Length > 0) segments.Add(new TemplateSegment(false, literal.ToString()));
            return new ParsedTemplate(segments.ToEquatableArray(), placeholders.ToEquatableArray(), errors.ToEquatableArray()) { Uses = uses.ToEquatableArray() };
        }

        /// <param name="notKorean">The culture of a text that may not use particle forms, or null when it may.</param>
        private static Placeholder? ParseInner(string inner, int index, int length, string? notKorean, List<TemplateError> errors, out KoreanParticlePair? particle)
        {
            particle = null;
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
