using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>A named placeholder: <c>{name}</c> (type string) or <c>{name:type}</c>.</summary>
internal readonly record struct Placeholder(string Name, string Type)
{
    public override string ToString() => Name + ":" + Type;
}

/// <summary>Parses the placeholder syntax of docs/phrase-files.md; <c>{{</c> and <c>}}</c> are literal braces.</summary>
internal static class Placeholders
{
    private static readonly string[] Types = ["string", "int", "long", "decimal", "double", "phone", "digits", "time", "money"];

    public static IReadOnlyList<Placeholder> Parse(string text, out IReadOnlyList<string> errors)
    {
        var found = new List<Placeholder>();
        var problems = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                i += 2;
                continue;
            }

            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                i += 2;
                continue;
            }

            if (c == '}')
            {
                problems.Add($"unbalanced '}}' at {i}");
                i++;
                continue;
            }

            if (c != '{')
            {
                i++;
                continue;
            }

            var end = text.IndexOf('}', i + 1);
            var nextOpen = text.IndexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
            {
                problems.Add($"unbalanced '{{' at {i}");
                i++;
                continue;
            }

            var body = text.Substring(i + 1, end - i - 1);
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? body : body[..colon];
            var type = colon < 0 ? "string" : body[(colon + 1)..];
            if (!IsIdentifier(name))
            {
                problems.Add($"placeholder name '{name}' is not an identifier");
            }
            else if (!char.IsLower(name[0]))
            {
                problems.Add($"placeholder name '{name}' is not lowerCamelCase");
            }

            if (!Types.Contains(type, StringComparer.Ordinal))
            {
                problems.Add($"placeholder '{body}' has unknown type '{type}'");
            }

            found.Add(new Placeholder(name, type));
            i = end + 1;
        }

        errors = problems;
        return found;
    }

    /// <summary>The set of placeholders, as sorted "name:type" strings.</summary>
    public static string Signature(string text)
    {
        var list = Parse(text, out _);
        return string.Join(",", list.Select(p => p.ToString()).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal));
    }

    /// <summary>Replaces every placeholder with a space, so that checks see only literal text.</summary>
    public static string Hide(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (i + 1 < text.Length && ((text[i] == '{' && text[i + 1] == '{') || (text[i] == '}' && text[i + 1] == '}')))
            {
                sb.Append(text[i]);
                i += 2;
                continue;
            }

            if (text[i] == '{')
            {
                var end = text.IndexOf('}', i + 1);
                if (end > i)
                {
                    sb.Append(' ');
                    i = end + 1;
                    continue;
                }
            }

            sb.Append(text[i]);
            i++;
        }

        return sb.ToString();
    }

    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        return name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
    }
}
