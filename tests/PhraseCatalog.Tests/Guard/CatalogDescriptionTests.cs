using System.Linq;
using PhraseCatalog.Metadata;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Tests.Guard;

/// <summary>The generated description of the standard catalog, and how catalogs are found.</summary>
public sealed class CatalogDescriptionTests
{
    [Fact]
    public void The_standard_catalog_describes_itself()
    {
        var catalog = CallCenter.PhraseData.Description;

        Assert.Equal("CallCenter", catalog.Name);
        Assert.Equal("PhraseCatalog.Standard.CallCenter", catalog.TypeName);
        Assert.Equal("PhraseCatalog", catalog.AssemblyName);
        Assert.Equal(typeof(CallCenter.Phrases), catalog.MarkerType);
        Assert.Equal(["zh-Hans", "ko", "zh-Hant"], catalog.Cultures.Names);
        Assert.Contains("Greeting", catalog.Scenarios);
        Assert.Contains("Complaint", catalog.Scenarios);
        Assert.Equal(catalog.Phrases.Select(p => p.Key).Order(System.StringComparer.Ordinal), catalog.Phrases.Select(p => p.Key));
    }

    [Fact]
    public void A_phrase_carries_texts_placeholders_and_comment()
    {
        var phrase = CallCenter.PhraseData.Description.Find("Complaint.ReplyWithin")!;

        Assert.Equal("Complaint", phrase.Scenario);
        var placeholder = Assert.Single(phrase.Placeholders);
        Assert.Equal(("hours", "int"), (placeholder.Name, placeholder.Type));
        Assert.Contains("{hours:int}", phrase.Text("zh-TW"), System.StringComparison.Ordinal);
        Assert.NotNull(phrase.Comment);
        Assert.Equal(CallCenter.Complaint.ReplyWithin(24).Text("ko-KR"), phrase.Render("ko-KR", "24"));
        Assert.Same(CallCenter.Greeting.InboundCall, CallCenter.PhraseData.Description.Find("Greeting.InboundCall")!.Phrase);
    }

    [Fact]
    public void Forbidden_phrases_name_what_to_say_instead()
    {
        var rule = CallCenter.PhraseData.Description.Forbidden.Single(f => f.Key == "Banned.Mwo" && f.Culture == "ko");

        Assert.Equal("뭐?", rule.Text);
        Assert.Equal(["CannotHear.AskToRepeat"], rule.Instead);
    }

    [Fact]
    public void Catalogs_are_found_through_their_assembly_attribute()
    {
        Assert.Contains(PhraseCatalogs.Standard, PhraseCatalogs.All);
        Assert.Same(PhraseCatalogs.Standard, PhraseCatalogs.Find("PhraseCatalog.Standard.CallCenter", "PhraseCatalog"));
        Assert.Null(PhraseCatalogs.Find("PhraseCatalog.Standard.CallCenter", "Elsewhere"));
        Assert.Equal([PhraseCatalogs.Standard], PhraseCatalogs.In(typeof(Phrase).Assembly));
    }
}
