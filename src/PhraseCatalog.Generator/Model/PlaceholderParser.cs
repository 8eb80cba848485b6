using System.Collections.Generic;
using System.Collections.Immutable;
using PhraseCatalog.Generator.Common;

namespace PhraseCatalog.Generator.Model
{
    /// <summary>A piece of a phrase template: literal text, or a named placeholder.</summary>
    internal sealed record TemplateSegment(bool IsPlaceholder, string Value);

    /// <summary>A named placeholder and its C# type keyword.</summary>
    internal sealed record Placeholder(string Name, string Type);

    /// <summary>A malformed spot in a template, as a range of the decoded text.</summary>
    internal sealed record TemplateError(int Index, int Length, string Message);

    internal sealed record ParsedTemplate(
        EquatableArray<TemplateSegment> Segments,
        EquatableArray<Placeholder> Placeholders,
        EquatableArray<TemplateError> Errors)
    {
        public bool HasPlaceholders => Placeholders.Count > 0;
    }

    /// <summary>
    /// Scans <c>{name}</c>, <c>{name:type}</c>, <c>{{</c> and <c>}}</c> once, at build time; the
    /// generated code concatenates the parts, so nothing is parsed at run time.
    /// </summary>
    internal static class PlaceholderParser
    {
        /// <summary>Placeholder types and the C# type each becomes.</summary>
        public static readonly ImmutableArray<string> Types = ImmutableArray.Create("string", "int", "long", "decimal", "double");

        public static ParsedTemplate Parse(string text)
        {
            var segments = new List<TemplateSegment>();
            var placeholders = new List<Placeholder>();
            var errors = new List<TemplateError>();
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
                    var placeholder = ParseInner(inner, i, close - i + 1, errors);
                    if (placeholder is not null)
                    {
                        if (literal.Length > 0)
                        {
                            segments.Add(new TemplateSegment(false, literal.ToString()));
                            literal.Clear();
                        }

                        segments.Add(new TemplateSegment(true, placeholder.Name));
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
            return new ParsedTemplate(segments.ToEquatableArray(), placeholders.ToEquatableArray(), errors.ToEquatableArray());
        }

        private static Placeholder? ParseInner(string inner, int index, int length, List<TemplateError> errors)
        {
            string name = inner;
            string type = "string";
            int colon = inner.IndexOf(':');
            if (colon >= 0)
            {
                name = inner.Substring(0, colon);
                type = inner.Substring(colon + 1);
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
