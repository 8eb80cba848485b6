using System;
using System.Text.RegularExpressions;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>Problems in a consumer's phrase files surface in the real build output, located in the .resx.</summary>
[Collection(PackageCollection.Name)]
public sealed class PhraseFileDiagnosticsTests
{
    private readonly PackageFixture _package;

    public PhraseFileDiagnosticsTests(PackageFixture package) => _package = package;

    [Fact]
    public void Errors_in_a_phrase_file_fail_the_build_with_the_resx_file_line_and_column()
    {
        var consumer = _package.CreateConsumer("BrokenApp");
        consumer.WriteProject();
        ShopCatalog.WriteTo(consumer);

        // PHR0003: the same key twice in one file, reported at the second key.
        string hans = ConsumerProject.Resx(
            ("Greeting.Welcome", ShopCatalog.WelcomeHans),
            ("Order.Shipped", "{customer}，您的订单{orderId}已发货，共{count:int}件商品。"),
            ("Greeting.Welcome", "欢迎！"));
        consumer.WriteFile("phrases/Shop.zh-Hans.resx", hans);
        var duplicate = ConsumerProject.Locate(hans, "name=\"Greeting.Welcome\"", occurrence: 2, offset: "name=\"".Length);

        // PHR0007: a placeholder without a name, reported at its brace.
        string ko = ConsumerProject.Resx(
            ("Greeting.Welcome", ShopCatalog.WelcomeKo),
            ("Order.Shipped", "{customer} 고객님, 주문하신 상품 {count:int}개가 발송되었습니다. 주문 번호: {orderId} {}"));
        consumer.WriteFile("phrases/Shop.ko.resx", ko);
        var malformed = ConsumerProject.Locate(ko, "{}");

        consumer.WriteFile("Program.cs", "System.Console.WriteLine(\"unreachable\");\n");

        var build = consumer.Build();
        Assert.False(build.Succeeded, "The build should have failed:\n" + build);
        AssertDiagnostic(build, "Shop.zh-Hans.resx", duplicate, "error", "PHR0003");
        AssertDiagnostic(build, "Shop.ko.resx", malformed, "error", "PHR0007");
    }

    [Fact]
    public void A_missing_translation_warning_is_located_fails_with_warnings_as_errors_and_can_be_silenced_in_a_globalconfig()
    {
        var consumer = _package.CreateConsumer("WarnApp");
        consumer.WriteProject();
        ShopCatalog.WriteTo(consumer);
        // Greeting.Goodbye exists only in the default culture (zh-Hans): PHR0005 for ko and zh-Hant,
        // reported at the key in the default culture's file.
        string hans = ConsumerProject.Resx(
            ("Greeting.Welcome", ShopCatalog.WelcomeHans),
            ("Greeting.Goodbye", "再见！"),
            ("Order.Shipped", "{customer}，您的订单{orderId}已发货，共{count:int}件商品。"));
        consumer.WriteFile("phrases/Shop.zh-Hans.resx", hans);
        var missing = ConsumerProject.Locate(hans, "Greeting.Goodbye");
        consumer.WriteFile("Program.cs", ShopCatalog.Program("WarnApp") + "\nConsole.WriteLine(\"goodbye \" + Shop.Greeting.Goodbye.Text(\"zh-TW\"));\n");

        // The project treats warnings as errors: the build fails, at the key.
        var strict = consumer.Build();
        Assert.False(strict.Succeeded, "With TreatWarningsAsErrors the build should have failed:\n" + strict);
        AssertDiagnostic(strict, "Shop.zh-Hans.resx", missing, "error", "PHR0005");

        // Without warnings as errors it is a located warning and the build succeeds.
        var lenient = consumer.Build("-p:TreatWarningsAsErrors=false");
        Assert.True(lenient.Succeeded, "Without TreatWarningsAsErrors the build should have succeeded:\n" + lenient);
        AssertDiagnostic(lenient, "Shop.zh-Hans.resx", missing, "warning", "PHR0005");

        // A global analyzer config turns the rule off; the strict build then succeeds and the
        // missing text falls back to the default culture.
        consumer.WriteFile(".globalconfig", """
            is_global = true
            dotnet_diagnostic.PHR0005.severity = none

            """);
        var silenced = consumer.Build();
        Assert.True(silenced.Succeeded, "With PHR0005 set to none in .globalconfig the build should have succeeded:\n" + silenced);
        Assert.False(silenced.Output.Contains("PHR0005", StringComparison.Ordinal), "PHR0005 should be silenced:\n" + silenced);

        var run = consumer.Run();
        Assert.True(run.Succeeded, run.ToString());
        Assert.True(run.Output.Contains("goodbye 再见！", StringComparison.Ordinal), run.ToString());
    }

    private static void AssertDiagnostic(ProcessResult build, string fileName, (int Line, int Column) at, string severity, string id)
    {
        // MSBuild's canonical format: <path>/phrases/<file>.resx(<line>,<col>): error PHR000x: <message>
        var expected = new Regex(
            @"(^|[\\/])phrases[\\/]" + Regex.Escape(fileName) + @"\(" + at.Line + "," + at.Column + @"\): " + severity + " " + id + ": ",
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        Assert.True(
            expected.IsMatch(build.Output),
            $"Expected '{fileName}({at.Line},{at.Column}): {severity} {id}: ...' in the build output:\n{build}");
    }
}
