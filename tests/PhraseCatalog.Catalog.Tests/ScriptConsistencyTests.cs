using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GeneratorTables = PhraseCatalog.Core.Validation.Quality.ScriptTables;

namespace PhraseCatalog.Catalog.Tests;

public class ScriptConsistencyTests
{
    private static ScriptTables Tables => ScriptTables.Committed;

    public static IEnumerable<object[]> Cultures => Catalog.Cultures;

    [Fact]
    public void Tables_are_generated_files_with_a_header_and_do_not_overlap()
    {
        foreach (var name in new[] { "simplified-only.txt", "traditional-only.txt", "not-taiwan.txt" })
        {
            var first = File.ReadLines(Path.Combine(Repo.ScriptTables, name)).Take(3).ToList();
            Assert.True(first.All(l => l.StartsWith('#')), $"{name}: header comment missing");
            Assert.Contains(first, l => l.Contains("build-tables.py", StringComparison.Ordinal) && l.Contains("OpenCC", StringComparison.Ordinal));
        }

        Assert.InRange(Tables.SimplifiedOnly.Count, 2000, 10000);
        Assert.InRange(Tables.TraditionalOnly.Count, 2000, 10000);
        Assert.Empty(Tables.SimplifiedOnly.Intersect(Tables.TraditionalOnly).Select(ScriptTables.Str));
        Assert.All(Tables.SimplifiedOnly.Concat(Tables.TraditionalOnly), cp => Assert.True(ScriptTables.IsHan(cp), ScriptTables.Str(cp)));
    }

    [Fact]
    public void The_generator_carries_exactly_the_committed_tables()
    {
        // ScriptTableData.cs is generated with data/script-tables/ (tools/text-tables/build-tables.py);
        // this fails when a table changes and the generator's copy is not rebuilt.
        Assert.Equal(Tables.SimplifiedOnly.Count, GeneratorTables.SimplifiedOnlyCount);
        Assert.Equal(Tables.TraditionalOnly.Count, GeneratorTables.TraditionalOnlyCount);
        Assert.All(Tables.SimplifiedOnly, cp => Assert.True(GeneratorTables.IsSimplifiedOnly(cp, out _), ScriptTables.Str(cp)));
        Assert.All(Tables.TraditionalOnly, cp => Assert.True(GeneratorTables.IsTraditionalOnly(cp, out _), ScriptTables.Str(cp)));
        foreach (var (cp, taiwan) in Tables.NotTaiwan)
        {
            Assert.True(GeneratorTables.IsNotTaiwan(cp, out var form), ScriptTables.Str(cp));
            Assert.Equal(taiwan, form);
        }

        foreach (var name in new[] { "simplified-only.txt", "traditional-only.txt" })
        {
            foreach (var line in File.ReadLines(Path.Combine(Repo.ScriptTables, name)).Where(l => l.Length > 0 && l[0] != '#'))
            {
                var parts = line.Split('\t');
                var cp = ScriptTables.Cp(parts[0]);
                var found = name[0] == 's' ? GeneratorTables.IsSimplifiedOnly(cp, out var forms) : GeneratorTables.IsTraditionalOnly(cp, out forms);
                Assert.True(found, line);
                Assert.Equal(parts[1].Replace(" ", "", StringComparison.Ordinal), forms);
            }
        }

        Assert.True(Tables.Exceptions.Keys.All(cp => !GeneratorTables.IsSimplifiedOnly(cp, out _) && !GeneratorTables.IsTraditionalOnly(cp, out _)));
    }

    [Theory]
    [InlineData("这")]
    [InlineData("个")]
    [InlineData("会")]
    [InlineData("说")]
    [InlineData("们")]
    [InlineData("发")]
    public void Common_Simplified_characters_are_Simplified_only(string ch) =>
        Assert.Contains(ScriptTables.Cp(ch), Tables.SimplifiedOnly);

    [Theory]
    [InlineData("這")]
    [InlineData("個")]
    [InlineData("會")]
    [InlineData("說")]
    [InlineData("們")]
    [InlineData("裡")]
    public void Common_Traditional_characters_are_Traditional_only(string ch) =>
        Assert.Contains(ScriptTables.Cp(ch), Tables.TraditionalOnly);

    // Correct Taiwan (床 群 秘 峰) and Hong Kong (户 温 税) forms that OpenCC's default Traditional spells otherwise.
    [Theory]
    [InlineData("床")]
    [InlineData("群")]
    [InlineData("秘")]
    [InlineData("峰")]
    [InlineData("户")]
    [InlineData("温")]
    [InlineData("税")]
    [InlineData("吃")]
    [InlineData("唇")]
    public void Taiwan_and_Hong_Kong_forms_are_not_Simplified_only(string ch) =>
        Assert.DoesNotContain(ScriptTables.Cp(ch), Tables.SimplifiedOnly);

    [Theory]
    [InlineData("后")]
    [InlineData("干")]
    [InlineData("台")]
    [InlineData("里")]
    [InlineData("只")]
    [InlineData("了")]
    [InlineData("准")]
    [InlineData("才")]
    [InlineData("系")]
    [InlineData("游")]
    [InlineData("采")]
    [InlineData("余")]
    [InlineData("范")]
    [InlineData("于")]
    [InlineData("沈")]
    [InlineData("郁")]
    [InlineData("涂")]
    [InlineData("叶")]
    [InlineData("万")]
    [InlineData("著")]
    [InlineData("乾")]
    [InlineData("瞭")]
    [InlineData("藉")]
    [InlineData("覆")]
    public void Characters_valid_in_both_scripts_are_in_neither_table(string ch)
    {
        var cp = ScriptTables.Cp(ch);
        Assert.DoesNotContain(cp, Tables.SimplifiedOnly);
        Assert.DoesNotContain(cp, Tables.TraditionalOnly);
        Assert.True(Tables.Exceptions.ContainsKey(cp), $"{ch} should be in the reviewed exceptions list with a reason");
    }

    [Fact]
    public void Every_reviewed_exception_has_a_reason_and_is_in_neither_table()
    {
        Assert.InRange(Tables.Exceptions.Count, 1, 60);
        foreach (var (cp, reason) in Tables.Exceptions)
        {
            Assert.True(reason.Trim().Length >= 10, $"{ScriptTables.Str(cp)}: reason too short");
            Assert.DoesNotContain(cp, Tables.SimplifiedOnly);
            Assert.DoesNotContain(cp, Tables.TraditionalOnly);
        }
    }

    [Fact]
    public void Not_Taiwan_table_maps_to_Taiwan_forms()
    {
        Assert.Equal("裡", Tables.NotTaiwan[ScriptTables.Cp("裏")]);
        Assert.Equal("著", Tables.NotTaiwan[ScriptTables.Cp("着")]);
        Assert.Equal("戶", Tables.NotTaiwan[ScriptTables.Cp("户")]);
        Assert.False(Tables.NotTaiwan.ContainsKey(ScriptTables.Cp("裡")));
        Assert.False(Tables.NotTaiwan.ContainsKey(ScriptTables.Cp("線")));
        Assert.All(Tables.NotTaiwan.Values, tw => Assert.False(Tables.NotTaiwan.ContainsKey(ScriptTables.Cp(tw)), tw));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Approved_and_forbidden_texts_use_the_script_of_their_culture(string culture)
    {
        var problems = new List<string>();
        foreach (var e in PhraseFile.Approved(culture).Entries.Concat(PhraseFile.Forbidden(culture).Entries))
        {
            problems.AddRange(Tables.Problems(culture, e.Value)
                .Where(p => !ReviewedExceptions.Allows("script", e.Key, p))
                .Select(p => $"{e.Key} '{e.Value}': {p}"));
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Fact]
    public void Every_reviewed_catalog_exception_is_still_needed()
    {
        var stale = new List<string>();
        foreach (var ex in ReviewedExceptions.All)
        {
            var needed = PhraseFile.Cultures.Any(culture =>
                PhraseFile.Approved(culture).ByKey.TryGetValue(ex.Key, out var e) && ex.Check switch
                {
                    "script" => Tables.Problems(culture, e.Value).Any(p => p.Contains(ex.Text, StringComparison.Ordinal)),
                    _ => culture != "ko" && Checks.InformalAddressProblems(e.Value).Count > 0,
                });
            if (!needed)
            {
                stale.Add($"{ex.Check} {ex.Key} {ex.Text}");
            }
        }

        Assert.True(stale.Count == 0, "no longer needed: " + Catalog.Report(stale));
    }
}
