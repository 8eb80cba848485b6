using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>Pure content checks; each returns the problems it finds (empty when the input is right).
/// The catalog tests run them on the real phrase files; <see cref="CheckSelfTests"/> proves each can fail.</summary>
internal static partial class Checks
{
    public const string CatalogName = "CallCenter";

    private static readonly string[] ReservedFirstParts = ["Cultures", "PhraseData", "Phrases"];

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

    // The generator's text rules (PHR0010, PHR0012, PHR0013, PHR0014) are the one implementation of
    // these checks; the catalog adds only its own, stricter house style on top (marked "house style").

    private static IEnumerable<string> Generator(string ruleId, IEnumerable<TextFinding> findings) =>
        findings.Select(f => $"{ruleId} at {f.Index}: {f.Message}");

    public static IReadOnlyList<string> WhitespaceProblems(string text, string culture = "")
    {
        var problems = new List<string>();
        if (text.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            problems.Add("empty text");
            return problems;
        }

        problems.AddRange(Generator(PhraseRules.WhitespaceId, WhitespaceCheck.Find(culture, text)));

        // House style: every text of the standard catalog is one line, even after a full stop.
        if (text.Any(c => c is '\r' or '\n'))
        {
            problems.Add("house style: line break (the standard catalog's texts are one line each)");
        }

        return problems;
    }

    /// <summary>Leftover template marks (××, XX, ***, 某) and, house style, elided texts (……) in an approved phrase.</summary>
    public static IReadOnlyList<string> TemplateMarkProblems(string text, string culture = "")
    {
        var problems = Generator(PhraseRules.TemplateMarkId, TemplateMarkCheck.Find(culture, text)).ToList();
        var hidden = Placeholders.Hide(text);
        foreach (var ellipsis in new[] { "……", "...", "…" })
        {
            if (hidden.Contains(ellipsis, StringComparison.Ordinal))
            {
                problems.Add($"house style: ellipsis '{ellipsis}' (write a complete sentence)");
                break;
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> ChineseProblems(string culture, string text)
    {
        var problems = Generator(PhraseRules.PunctuationId, PunctuationCheck.Find(culture, text))
            .Concat(Generator(PhraseRules.WhitespaceId, WhitespaceCheck.Find(culture, text)))
            .ToList();

        // House style: no space at all in Chinese text, not even next to a placeholder or Latin text.
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            problems.Add("house style: space in Chinese text");
        }

        return problems;
    }

    /// <summary>你 (and 你们/你們) addressing the customer: the customer is always 您 (a group: 各位). PHR0010 decides.</summary>
    public static IReadOnlyList<string> InformalAddressProblems(string text) =>
        Generator(PhraseRules.AddressRegisterId, AddressRegisterCheck.Find("zh", text)).ToList();

    // ---------------------------------------------------------------- Korean

    private static readonly string[] PoliteEndings = ["니다", "니까", "십시오", "요"];

    private const string ParticleStarts = "을를이가은는와과으로에의도만께랑처보부까";

    public static IReadOnlyList<string> KoreanProblems(string text)
    {
        // Pronouns, casual endings, honorifics for things, misspellings (PHR0010); punctuation (PHR0013).
        var problems = Generator(PhraseRules.AddressRegisterId, AddressRegisterCheck.Find("ko", text))
            .Concat(Generator(PhraseRules.PunctuationId, PunctuationCheck.Find("ko", text)))
            .ToList();

        // A particle fused to a placeholder: its form depends on the value ({department}를 vs 을).
        foreach (Match m in PlaceholderThenHangul().Matches(text))
        {
            var next = m.Groups["next"].Value[0];
            if (ParticleStarts.Contains(next, StringComparison.Ordinal))
            {
                problems.Add($"particle '{next}' fused to placeholder {m.Groups["ph"].Value}");
            }
        }

        // House style, stricter than PHR0010 (which flags only endings that are casual beyond doubt):
        // every sentence of the standard catalog ends in a polite form.
        foreach (var sentence in SentenceSplit().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            var bare = sentence.TrimEnd('.', '?', '!');
            if (!PoliteEndings.Any(e => bare.EndsWith(e, StringComparison.Ordinal)))
            {
                problems.Add($"house style: sentence '{sentence}' does not end in a polite form (-습니다, -ㅂ니다, -십시오, -요)");
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

    [GeneratedRegex(@"(?<ph>\{[A-Za-z_][A-Za-z0-9_]*(?::[a-z]+)?\})(?<next>[가-힣])")]
    private static partial Regex PlaceholderThenHangul();

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+(?![A-Za-z0-9_])")]
    private static partial Regex KeyToken();
}
