using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PhraseCatalog.Extensions.Localization;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Web.Tests;

/// <summary>The factory and localizer on their own: names, types, arguments, missing keys.</summary>
public sealed class LocalizerTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddPhraseCatalogLocalization().BuildServiceProvider();

    private static IStringLocalizerFactory Factory => Services.GetRequiredService<IStringLocalizerFactory>();

    [Fact]
    public void The_factory_is_the_phrase_catalog_one()
    {
        Assert.IsType<PhraseStringLocalizerFactory>(Factory);
        Assert.Contains(((PhraseStringLocalizerFactory)Factory).Catalogs, c => c.TypeName == "PhraseCatalog.Standard.CallCenter");
    }

    [Fact]
    public void The_conventional_base_name_and_location_find_the_standard_catalog()
    {
        var localizer = Factory.Create("PhraseCatalog.Standard.CallCenter", "PhraseCatalog");

        using (PhraseRequestCulture.Use("zh-TW"))
        {
            Assert.Equal(CallCenter.Greeting.InboundCall.Text("zh-Hant"), localizer["Greeting.InboundCall"].Value);
        }
    }

    [Fact]
    public void The_marker_the_catalog_class_and_the_generic_localizer_are_the_same_catalog()
    {
        var byMarker = Factory.Create(typeof(CallCenter.Phrases));
        var byClass = Factory.Create(typeof(CallCenter));
        var generic = Services.GetRequiredService<IStringLocalizer<CallCenter.Phrases>>();

        using (PhraseRequestCulture.Use("ko-KR"))
        {
            string expected = CallCenter.Hold.ThanksForWaiting.Text("ko");
            Assert.Equal(expected, byMarker["Hold.ThanksForWaiting"]);
            Assert.Equal(expected, byClass["Hold.ThanksForWaiting"]);
            Assert.Equal(expected, generic["Hold.ThanksForWaiting"]);
        }
    }

    [Fact]
    public void Arguments_fill_placeholders_in_declared_order_and_convert_typed_ones()
    {
        var localizer = Factory.Create(typeof(CallCenter.Phrases));

        using (PhraseRequestCulture.Use("zh-CN"))
        {
            Assert.Equal(CallCenter.Greeting.KnownCustomer(surname: "王", title: "先生").Text("zh-CN"), localizer["Greeting.KnownCustomer", "王", "先生"].Value);
            string expected = CallCenter.Complaint.ReplyWithin(24).Text("zh-CN");
            Assert.Equal(expected, localizer["Complaint.ReplyWithin", 24].Value);
            Assert.Equal(expected, localizer["Complaint.ReplyWithin", 24L].Value);
            Assert.Equal(expected, localizer["Complaint.ReplyWithin", "24"].Value);
        }
    }

    [Fact]
    public void A_value_that_does_not_fit_a_typed_placeholder_is_refused_clearly()
    {
        var localizer = Factory.Create(typeof(CallCenter.Phrases));

        var notANumber = Assert.Throws<ArgumentException>(() => localizer["Complaint.ReplyWithin", "soon"]);
        Assert.Contains("{hours:int}", notANumber.Message, StringComparison.Ordinal);
        Assert.Contains("Complaint.ReplyWithin", notANumber.Message, StringComparison.Ordinal);
        Assert.Contains("'soon'", notANumber.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => localizer["Complaint.ReplyWithin", 2.5]);
        Assert.Throws<ArgumentException>(() => localizer["Complaint.ReplyWithin", 3_000_000_000L]);

        var tooFew = Assert.Throws<ArgumentException>(() => localizer["Greeting.KnownCustomer", "王"]);
        Assert.Contains("{surname}, {title}", tooFew.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_not_found_and_comes_back_as_itself()
    {
        var localizer = Factory.Create(typeof(CallCenter.Phrases));

        var missing = localizer["No.Such.Key"];

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No.Such.Key", missing.Value);
        Assert.Equal("PhraseCatalog.Standard.CallCenter", missing.SearchedLocation);
        Assert.True(localizer["No.Such.Key", 1].ResourceNotFound);
        Assert.False(localizer["Greeting.InboundCall"].ResourceNotFound);
    }

    [Fact]
    public void A_name_no_catalog_has_gives_a_localizer_of_missing_strings()
    {
        var localizer = Factory.Create("Contoso.Nothing", "Contoso");

        Assert.True(localizer["Greeting.InboundCall"].ResourceNotFound);
        Assert.Empty(localizer.GetAllStrings(true));
        Assert.True(Factory.Create(typeof(LocalizerTests))["Greeting.InboundCall"].ResourceNotFound);
    }

    [Fact]
    public void All_strings_list_the_catalog_in_the_culture()
    {
        var localizer = Factory.Create(typeof(CallCenter.Phrases));

        using (PhraseRequestCulture.Use("zh-HK"))
        {
            var all = localizer.GetAllStrings(includeParentCultures: true).ToList();
            Assert.Equal(CallCenter.PhraseData.Description.Phrases.Count, all.Count);
            Assert.Contains(all, s => s.Name == "Hold.ThanksForWaiting" && s.Value == CallCenter.Hold.ThanksForWaiting.Text("zh-Hant"));
        }
    }

    [Fact]
    public void A_phrase_without_placeholders_is_served_without_allocating()
    {
        var localizer = Factory.Create(typeof(CallCenter.Phrases));
        using var culture = PhraseRequestCulture.Use("zh-TW");
        _ = localizer["Greeting.InboundCall"];

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) _ = localizer["Greeting.InboundCall"];

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
