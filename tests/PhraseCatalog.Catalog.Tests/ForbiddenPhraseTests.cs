using System;
using System.Collections.Generic;
using System.Linq;

namespace PhraseCatalog.Catalog.Tests;

public class ForbiddenPhraseTests
{
    public static IEnumerable<object[]> Cultures => Catalog.Cultures;

    [Fact]
    public void Chinese_forbidden_files_carry_the_same_rules_in_both_scripts()
    {
        var hans = PhraseFile.Forbidden("zh-Hans").Entries.Select(e => e.Key).ToList();
        var hant = PhraseFile.Forbidden("zh-Hant").Entries.Select(e => e.Key).ToList();
        Assert.NotEmpty(hans);
        Assert.Equal(hans, hant);
    }

    [Theory]
    [InlineData("zh-Hans", "喂", "不知道", "不清楚", "不明白", "不是我受理的")]
    [InlineData("zh-Hant", "喂", "不知道", "不清楚", "不明白", "不是我受理的")]
    [InlineData("ko", "뭐?", "당신")]
    public void The_banned_words_of_the_seeds_are_forbidden(string culture, params string[] texts)
    {
        var values = PhraseFile.Forbidden(culture).Entries.Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var missing = texts.Where(t => !values.Contains(t)).ToList();
        Assert.True(missing.Count == 0, $"{culture}: not forbidden: {string.Join(" ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Forbidden_texts_are_short_plain_and_unique(string culture)
    {
        var entries = PhraseFile.Forbidden(culture).Entries;
        var problems = entries.SelectMany(e => Checks.ForbiddenTextProblems(e.Value).Select(p => $"{e.Key}: {p}")).ToList();
        problems.AddRange(entries.Where(e => e.Value.Length > 12).Select(e => $"{e.Key}: '{e.Value}' is too long to match as a substring"));
        problems.AddRange(entries.GroupBy(e => e.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' forbidden twice"));
        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_Instead_line_names_an_existing_approved_key(string culture)
    {
        var approved = Catalog.CommonApprovedKeys();
        var entries = PhraseFile.Forbidden(culture).Entries;
        var problems = entries.SelectMany(e => Checks.InsteadProblems(e, approved)).ToList();
        Assert.True(problems.Count == 0, Catalog.Report(problems));

        // Most rules have an approved alternative; say so explicitly when one does not.
        var withInstead = entries.Count(e => Checks.InsteadKeys(e.Comment).Count > 0);
        Assert.True(withInstead >= entries.Count - 2, $"{culture}: only {withInstead} of {entries.Count} forbidden phrases name an alternative");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void No_forbidden_text_occurs_inside_an_approved_text_of_the_same_culture(string culture)
    {
        var problems = GeneratorRules.StandardFindings("PHR0011", culture);
        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Fact]
    public void Forbidden_keys_are_not_approved_keys()
    {
        var approved = Catalog.CommonApprovedKeys();
        var clash = PhraseFile.Cultures.SelectMany(c => PhraseFile.Forbidden(c).Entries).Select(e => e.Key).Where(approved.Contains).ToList();
        Assert.Empty(clash);
    }
}
