using System;
using System.Linq;
using System.Text;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// Same input, same bytes: across runs, across the build machine's culture (tr-TR has a dotless
/// i and its own casing; ar-SA its own digits and calendar), and whatever order the build hands
/// the phrase files over in.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        byte[] first = Generate(SnapshotTests.Representative());
        byte[] second = Generate(SnapshotTests.Representative());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("zh-TW")]
    public void The_build_machines_culture_changes_nothing(string culture)
    {
        byte[] invariant = CultureScope.Run("", () => Generate(SnapshotTests.Representative()));
        byte[] other = CultureScope.Run(culture, () => Generate(SnapshotTests.Representative()));

        Assert.Equal(invariant, other);
    }

    [Fact]
    public void The_order_of_the_phrase_files_changes_nothing()
    {
        var files = SnapshotTests.Representative();
        byte[] forward = Generate(files);
        byte[] backward = Generate(files.Reverse().ToArray());

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Diagnostics_are_deterministic_too()
    {
        string Render() => string.Join("\n", GeneratorHarness.Run(SnapshotTests.Representative()).Diagnostics.Select(d => d.ToString()));

        string invariant = CultureScope.Run("", Render);
        Assert.NotEmpty(invariant);
        Assert.Equal(invariant, CultureScope.Run("tr-TR", Render));
        Assert.Equal(invariant, CultureScope.Run("ar-SA", Render));
    }

    /// <summary>Every generated source, hint name and text, as UTF-8 bytes.</summary>
    private static byte[] Generate(PhraseFile[] files)
    {
        var outcome = GeneratorHarness.Run(files);
        var builder = new StringBuilder();
        foreach (var source in outcome.Sources)
        {
            builder.Append(source.HintName).Append('\n').Append(source.SourceText.ToString()).Append('\n');
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
