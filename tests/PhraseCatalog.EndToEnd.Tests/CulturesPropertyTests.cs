using System;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>
/// PhraseCatalogCultures set in a consumer's project file reaches the generator whole, whether
/// the list is written with ';' (the MSBuild way, and what the docs show) or with ','.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CulturesPropertyTests
{
    private readonly PackageFixture _package;

    public CulturesPropertyTests(PackageFixture package) => _package = package;

    [Theory]
    [InlineData("Semicolons", "zh-Hans;zh-Hant;ko")]
    [InlineData("Commas", "zh-Hans, zh-Hant, ko")]
    public void Every_declared_culture_is_seen_so_files_of_those_cultures_are_not_reported(string name, string cultures)
    {
        var consumer = _package.CreateConsumer("Cultures" + name);
        consumer.WriteProject(extraProperties: "    <PhraseCatalogCultures>" + cultures + "</PhraseCatalogCultures>");
        ShopCatalog.WriteTo(consumer);
        consumer.WriteFile("Program.cs", ShopCatalog.Program("Cultures" + name));

        // Warnings are errors in the consumer: a PHR0015 for zh-Hant or ko would fail the build.
        var build = consumer.Build();
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        Assert.False(build.Output.Contains("PHR0015", StringComparison.Ordinal), build.ToString());
    }

    [Fact]
    public void A_culture_left_out_of_a_semicolon_list_is_reported_and_the_ones_after_the_first_semicolon_are_not()
    {
        var consumer = _package.CreateConsumer("CulturesPartial");
        consumer.WriteProject(extraProperties: "    <PhraseCatalogCultures>zh-Hans;ko</PhraseCatalogCultures>");
        ShopCatalog.WriteTo(consumer);
        consumer.WriteFile("Program.cs", ShopCatalog.Program("CulturesPartial"));

        var build = consumer.Build("-p:TreatWarningsAsErrors=false");
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        Assert.Contains("Shop.zh-Hant.resx(", build.WarningLines("PHR0015"), StringComparison.Ordinal);
        Assert.DoesNotContain("Shop.ko.resx(", build.WarningLines("PHR0015"), StringComparison.Ordinal);
    }
}
