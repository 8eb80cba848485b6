using System;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>A consumer adds one PackageReference, writes phrase files, builds with the real
/// <c>dotnet build</c> and runs the app.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests
{
    private readonly PackageFixture _package;

    public ConsumerBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_consumer_with_one_PackageReference_builds_and_runs_its_own_catalogs_and_the_standard_catalog()
    {
        var consumer = _package.CreateConsumer("ShopApp");
        // PhraseCatalogDefaultCulture applies to the consumer's catalogs only; InvariantGlobalization
        // proves culture resolution needs no culture data; a second folder gets its own namespace
        // through the PhraseFile item's Namespace metadata.
        consumer.WriteProject(
            extraProperties: """
                <PhraseCatalogDefaultCulture>ko</PhraseCatalogDefaultCulture>
                <InvariantGlobalization>true</InvariantGlobalization>
            """,
            items: """
                <PhraseFile Include="phrases/*.resx" />
                <PhraseFile Include="voice/*.resx" Namespace="Voice.Prompts" />
            """);
        ShopCatalog.WriteTo(consumer);
        consumer.WriteFile("voice/Menu.zh-Hans.resx", ConsumerProject.Resx(("Main.Options", "人工服务请按0。")));
        consumer.WriteFile("voice/Menu.ko.resx", ConsumerProject.Resx(("Main.Options", "상담원 연결은 0번을 눌러 주십시오.")));
        consumer.WriteFile("Program.cs", ShopCatalog.Program("ShopApp") + """

            Console.WriteLine("voice " + Voice.Prompts.Menu.Main.Options.Text("zh-SG") + " / " + Voice.Prompts.Menu.Main.Options.Text("ko"));
            """);

        var build = consumer.Build();
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        Assert.False(build.Output.Contains(": warning ", StringComparison.Ordinal), "The consumer built with warnings:\n" + build);

        var run = consumer.Run();
        Assert.True(run.Succeeded, "The consumer did not run:\n" + run + "\n\nBuild:\n" + build);
        string output = run.Output;
        string context = "\n" + run;

        // Its own catalog, in every culture, with culture resolution by name.
        Assert.True(output.Contains("shop zh-Hans => zh-Hans | 欢迎光临！ | 王小明，您的订单A-1001已发货，共3件商品。", StringComparison.Ordinal), context);
        Assert.True(output.Contains("shop zh-TW => zh-Hant | 歡迎光臨！ | 王小明，您的訂單A-1001已出貨，共3件商品。", StringComparison.Ordinal), context);
        Assert.True(output.Contains("shop ko-KR => ko | 어서 오십시오! | 王小明 고객님, 주문하신 상품 3개가 발송되었습니다. 주문 번호: A-1001", StringComparison.Ordinal), context);
        // An unknown culture gets the default culture the consumer configured (ko).
        Assert.True(output.Contains("shop en-US => ko | 어서 오십시오!", StringComparison.Ordinal), context);
        Assert.True(output.Contains("key Order.Shipped", StringComparison.Ordinal), context);
        // ToString uses the current UI culture: invariant here, so the default culture.
        Assert.True(output.Contains("tostring 어서 오십시오!", StringComparison.Ordinal), context);

        // The standard catalog that ships in the package keeps its own default (zh-Hans).
        Assert.True(output.Contains("standard ko 안녕하십니까, 고객센터입니다. 무엇을 도와드릴까요?", StringComparison.Ordinal), context);
        Assert.True(output.Contains("standard zh-HK ", StringComparison.Ordinal) && output.Contains("48小時", StringComparison.Ordinal), context);
        Assert.True(output.Contains("standard en-US zh-Hans", StringComparison.Ordinal), context);

        // The second folder's catalog, in the namespace from its PhraseFile metadata.
        Assert.True(output.Contains("voice 人工服务请按0。 / 상담원 연결은 0번을 눌러 주십시오.", StringComparison.Ordinal), context);
    }

    [Fact]
    public void An_edited_phrase_file_is_picked_up_by_the_next_incremental_build()
    {
        var consumer = _package.CreateConsumer("EditApp");
        consumer.WriteProject();
        ShopCatalog.WriteTo(consumer);
        consumer.WriteFile("Program.cs", ShopCatalog.Program("EditApp"));

        var first = consumer.Build();
        Assert.True(first.Succeeded, "The first build failed:\n" + first);
        var before = consumer.Run();
        Assert.True(before.Succeeded, before.ToString());
        Assert.True(before.Output.Contains("shop zh-TW => zh-Hant | " + ShopCatalog.WelcomeHant + " |", StringComparison.Ordinal), before.ToString());

        const string Edited = "歡迎您再次光臨！";
        string hant = consumer.ReadFile("phrases/Shop.zh-Hant.resx");
        Assert.Contains(ShopCatalog.WelcomeHant, hant, StringComparison.Ordinal);
        consumer.WriteFile("phrases/Shop.zh-Hant.resx", hant.Replace(ShopCatalog.WelcomeHant, Edited, StringComparison.Ordinal));

        // Only the phrase file changed: no restore, no clean, no other file touched.
        var second = consumer.Build("--no-restore");
        Assert.True(second.Succeeded, "The incremental build failed:\n" + second);
        var after = consumer.Run();
        Assert.True(after.Succeeded, after.ToString());
        Assert.True(after.Output.Contains("shop zh-TW => zh-Hant | " + Edited + " |", StringComparison.Ordinal), "The edit was not picked up.\n" + after + "\n\nSecond build:\n" + second);
        Assert.False(after.Output.Contains(ShopCatalog.WelcomeHant, StringComparison.Ordinal), "The old text is still there.\n" + after);
        // The other cultures are unchanged.
        Assert.True(after.Output.Contains("shop zh-Hans => zh-Hans | " + ShopCatalog.WelcomeHans + " |", StringComparison.Ordinal), after.ToString());
    }
}
