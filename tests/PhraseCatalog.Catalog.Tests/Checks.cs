using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>Pure content checks; each returns the problems it finds (empty when the input is right).
/// The catalog tests run them on the real phrase files; <see cref="CheckSelfTests"/> proves each can fail.</summary>
internal static partial class Checks
{
    public const string CatalogName = "CallCenter";

    private static readonly string[] ReservedFirstParts = ["Cultures", "PhraseData"];

    // ---------------------------------------------------------------- keys

    public static IReadOnlyList<string> KeyProblems(string key)
    {
        var problems = new List<string>();
        var parts = key.Split('.');
        if (parts.Length < 2)
        {
            problems.Add($"key '{key}' needs at least two parts (Scenario.Phrase)");
        }

        foreach (var part in parts)
        {
            if (!PascalPart().IsMatch(part))
            {
                problems.Add($"key '{key}': part '{part}' is not a PascalCase C# identifier");
            }
        }

        if (ReservedFirstParts.Contains(parts[0], StringComparer.Ordinal))
        {
            problems.Add($"key '{key}': first part '{parts[0]}' is reserved");
        }

        if (string.Equals(parts[0], CatalogName, StringComparison.Ordinal))
        {
            problems.Add($"key '{key}': a nested class may not be named like the catalog class");
        }

        for (var i = 1; i < parts.Length; i++)
        {
            if (string.Equals(parts[i], parts[i - 1], StringComparison.Ordinal))
            {
                problems.Add($"key '{key}': member '{parts[i]}' has the name of its enclosing class");
            }
        }

        return problems;
    }

    /// <summary>Keys that would collide in the generated API: a key that is also the scenario of another.</summary>
    public static IReadOnlyList<string> KeyCollisions(IEnumerable<string> keys)
    {
        var set = keys.ToHashSet(StringComparer.Ordinal);
        return set.Where(k => set.Any(o => o.StartsWith(k + ".", StringComparison.Ordinal)))
            .Select(k => $"key '{k}' is both a member and a scenario of other keys")
            .ToList();
    }

    // ---------------------------------------------------------------- text hygiene

    private static readonly string[] TemplateMarks = ["××", "×", "XX", "xx", "***", "**", "＊", "ＸＸ", "某", "……", "...", "…"];

    public static IReadOnlyList<string> WhitespaceProblems(string text)
    {
        var problems = new List<string>();
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            problems.Add("empty text");
            return problems;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            problems.Add("leading or trailing whitespace");
        }

        if (text.Contains("  ", StringComparison.Ordinal))
        {
            problems.Add("doubled space");
        }

        if (text.Any(c => c is '\t' or '\r' or '\n' or '\u3000' or '\u00A0'))
        {
            problems.Add("tab, line break, ideographic or no-break space");
        }

        return problems;
    }

    /// <summary>Leftover template marks (××, XX, ***, 某) and elided texts (……) in an approved phrase.</summary>
    public static IReadOnlyList<string> TemplateMarkProblems(string text) =>
        TemplateMarks.Where(m => Placeholders.Hide(text).Contains(m, StringComparison.Ordinal))
            .Select(m => $"template mark or ellipsis '{m}': use a named placeholder or a complete sentence")
            .ToList();

    public static IReadOnlyList<string> ChineseProblems(string culture, string text)
    {
        var problems = new List<string>();
        var hidden = Placeholders.Hide(text);
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            problems.Add("space in Chinese text");
        }

        foreach (Match m in HalfWidthPunctuation().Matches(hidden))
        {
            problems.Add($"half-width '{m.Value}' at {m.Index} (use full-width punctuation)");
        }

        if (FullWidthLatin().IsMatch(hidden))
        {
            problems.Add("full-width Latin letter or digit");
        }

        var wrongQuotes = culture == "zh-Hans" ? "「」『』" : "“”‘’\"";
        if (hidden.IndexOfAny(wrongQuotes.ToCharArray()) >= 0)
        {
            problems.Add(culture == "zh-Hans" ? "zh-Hans quotes are “”" : "zh-Hant quotes are 「」");
        }

        if (text.Contains('｛', StringComparison.Ordinal) || text.Contains('｝', StringComparison.Ordinal))
        {
            problems.Add("full-width brace: the placeholder would become text");
        }

        return problems;
    }

    /// <summary>你 (and 你们/你們) addressing the customer: the customer is always 您 (a group: 各位).</summary>
    public static IReadOnlyList<string> InformalAddressProblems(string text) =>
        text.Contains('你', StringComparison.Ordinal)
            ? ["你 addresses the customer: use 您 (or 各位 for 你们)"]
            : [];

    // ---------------------------------------------------------------- Korean

    private static readonly string[] PoliteEndings = ["니다", "니까", "십시오", "요"];

    private static readonly string[] CasualPronouns = ["너", "너는", "너를", "너가", "너도", "너희", "너희들", "니가", "네가", "당신", "당신은", "당신이", "당신의", "당신을", "당신께"];

    private static readonly string[] Misspellings = ["되요", "됬", "몇일", "어떻해", "않되", "할께", "드릴께", "갈께", "줄께"];

    private const string ParticleStarts = "을를이가은는와과으로에의도만께랑처보부까";

    public static IReadOnlyList<string> KoreanProblems(string text)
    {
        var problems = new List<string>();
        if (text.IndexOfAny("。，！？：；「」“”、".ToCharArray()) >= 0)
        {
            problems.Add("full-width punctuation in Korean text");
        }

        foreach (Match m in KoreanPunctuationSpacing().Matches(text))
        {
            problems.Add($"punctuation spacing at {m.Index}: '{m.Value}'");
        }

        // A particle fused to a placeholder: its form depends on the value ({department}를 vs 을).
        foreach (Match m in PlaceholderThenHangul().Matches(text))
        {
            var next = m.Groups["next"].Value[0];
            if (ParticleStarts.Contains(next, StringComparison.Ordinal))
            {
                problems.Add($"particle '{next}' fused to placeholder {m.Groups["ph"].Value}");
            }
        }

        var words = WordSplit().Split(Placeholders.Hide(text)).Where(w => w.Length > 0);
        foreach (var word in words)
        {
            if (CasualPronouns.Contains(word, StringComparer.Ordinal))
            {
                problems.Add($"'{word}' addresses the customer impolitely (use 고객님)");
            }
        }

        foreach (var wrong in Misspellings.Where(w => text.Contains(w, StringComparison.Ordinal)))
        {
            problems.Add($"misspelling '{wrong}'");
        }

        foreach (var sentence in SentenceSplit().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var bare = sentence.TrimEnd('.', '?', '!');
            if (!PoliteEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal)))
            {
                problems.Add($"sentence '{sentence}' does not end in a polite form (-습니다, -ㅂ니다, -십시오, -요)");
            }
        }

        return problems;
    }

    // ---------------------------------------------------------------- forbidden phrases

    /// <summary>Approved keys named by the comment's "Instead:" lines.</summary>
    public static IReadOnlyList<string> InsteadKeys(string comment) =>
        comment.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("Instead:", StringComparison.Ordinal))
            .SelectMany(l => l["Instead:".Length..].Split(','))
            .Select(k => k.Trim())
            .ToList();

    public static IReadOnlyList<string> InsteadProblems(PhraseEntry forbidden, IReadOnlySet<string> approvedKeys)
    {
        var problems = new List<string>();
        var lines = forbidden.Comment.Split('\n').Select(l => l.Trim()).ToList();
        foreach (var line in lines.Where(l => l.StartsWith("Instead", StringComparison.OrdinalIgnoreCase)))
        {
            if (!line.StartsWith("Instead: ", StringComparison.Ordinal))
            {
                problems.Add($"{forbidden.Key}: malformed line '{line}' (expected 'Instead: Some.ApprovedKey')");
            }
        }

        foreach (var key in InsteadKeys(forbidden.Comment))
        {
            if (key.Length == 0 || !approvedKeys.Contains(key))
            {
                problems.Add($"{forbidden.Key}: Instead names '{key}', which is not an approved key");
            }
        }

        if (!lines.Any(l => l.Length > 0 && !l.StartsWith("Instead", StringComparison.Ordinal)))
        {
            problems.Add($"{forbidden.Key}: the comment must say why the phrase is forbidden");
        }

        return problems;
    }

    public static IReadOnlyList<string> ForbiddenTextProblems(string text)
    {
        var problems = new List<string>(WhitespaceProblems(text));
        if (text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal))
        {
            problems.Add("a forbidden text may not contain placeholders or braces");
        }

        return problems;
    }

    // ---------------------------------------------------------------- cross-references

    /// <summary>Backticked or bare tokens shaped like a catalog key whose first part is a known scenario.</summary>
    public static IEnumerable<string> KeyReferences(string text, IReadOnlySet<string> scenarios) =>
        KeyToken().Matches(text).Select(m => m.Value)
            .Where(t => scenarios.Contains(t[..t.IndexOf('.', StringComparison.Ordinal)]))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalPart();

    [GeneratedRegex("(?<![0-9])[,.?!:;]|[,.?!:;](?![0-9])")]
    private static partial Regex HalfWidthPunctuation();

    [GeneratedRegex("[Ａ-Ｚａ-ｚ０-９]")]
    private static partial Regex FullWidthLatin();

    [GeneratedRegex(@"[,.?!](?=[^\s.?!])| [,.?!]")]
    private static partial Regex KoreanPunctuationSpacing();

    [GeneratedRegex(@"(?<ph>\{[A-Za-z_][A-Za-z0-9_]*(?::[a-z]+)?\})(?<next>[가-힣])")]
    private static partial Regex PlaceholderThenHangul();

    [GeneratedRegex(@"[\s,.?!]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+(?![A-Za-z0-9_])")]
    private static partial Regex KeyToken();
}
