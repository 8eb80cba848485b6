using System;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>
/// A desktop app's existing translations, pointed at with PhraseFile exactly as they are: flat keys,
/// {0}/{1:N2}, an English neutral Properties/Resources.resx with an image and a strongly typed
/// Resources.Designer.cs beside it, zh-CN/zh-TW/ko-KR files, and a WinForms form file. Built with
/// the packed package and run: every text per requested culture, and the app's own
/// ResourceManager still finds its resources.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ResxAppTests
{
    private readonly PackageFixture _package;

    public ResxAppTests(PackageFixture package) => _package = package;

    [Fact]
    public void An_existing_resx_app_builds_on_the_first_try_and_serves_each_culture_its_text()
    {
        var consumer = _package.CreateConsumer("DeskApp");
        consumer.WriteProject(
            items: """
                <!-- Non-string resources (the image, the form's TabIndex) need this at run time, as in every desktop app that has them. -->
                <PackageReference Include="System.Resources.Extensions" Version="10.0.0" />
                <PhraseFile Include="Properties/Resources*.resx" Namespace="DeskApp.Texts" />
                <PhraseFile Include="Forms/MainForm.resx" Namespace="DeskApp.Texts" />
                <PhraseFile Include="phrases/*.resx" />
            """);

        consumer.WriteFile("Properties/Resources.resx", Resx(
            Text("ButtonOK", "OK"),
            Text("AboutView_Documentation", "Documentation"),
            Text("Button Cancel", "Cancel"),
            Text("OrderSummary", "{0} items, {1:N2} in total"),
            """
              <data name="AppLogo" type="System.Byte[], mscorlib">
                <value>iVBORw0KGgo=</value>
              </data>
            """));
        consumer.WriteFile("Properties/Resources.zh-CN.resx", Resx(
            Text("ButtonOK", "确定"),
            Text("AboutView_Documentation", "文档"),
            Text("Button Cancel", "取消"),
            Text("OrderSummary", "共{0}件商品，合计{1:N2}元")));
        consumer.WriteFile("Properties/Resources.zh-TW.resx", Resx(
            Text("ButtonOK", "確定"),
            Text("AboutView_Documentation", "說明文件"),
            Text("Button Cancel", "取消"),
            Text("OrderSummary", "共{0}件商品，合計{1:N2}元")));
        consumer.WriteFile("Properties/Resources.ko-KR.resx", Resx(
            Text("ButtonOK", "확인"),
            Text("AboutView_Documentation", "설명서"),
            Text("Button Cancel", "취소"),
            Text("OrderSummary", "상품 {0}개, 합계 {1:N2}원")));
        // The strongly typed accessor Visual Studio generates, reduced to what the app uses.
        consumer.WriteFile("Properties/Resources.Designer.cs", """
            namespace DeskApp.Properties
            {
                internal static class Resources
                {
                    internal static readonly System.Resources.ResourceManager ResourceManager =
                        new System.Resources.ResourceManager("DeskApp.Properties.Resources", typeof(Resources).Assembly);
                }
            }
            """);

        // A WinForms form's resources: designer metadata, a typed location, and texts.
        consumer.WriteFile("Forms/MainForm.resx", Resx(
            Text("btnSave.Text", "Save"),
            Text(">>btnSave.Name", "btnSave"),
            Text(">>btnSave.Type", "System.Windows.Forms.Button, System.Windows.Forms"),
            """
              <data name="btnSave.TabIndex" type="System.Int32, mscorlib">
                <value>1</value>
              </data>
            """,
            Text("$this.Text", "Main window")));
        consumer.WriteFile("Forms/MainForm.Designer.cs", "namespace DeskApp.Forms { internal partial class MainForm { } }\n");

        // A pure phrase catalog: compiled into code only.
        ShopCatalog.WriteTo(consumer);

        consumer.WriteFile("Program.cs", """
            using System;
            using System.Linq;
            using DeskApp.Texts;

            Console.OutputEncoding = new System.Text.UTF8Encoding(false);
            foreach (string culture in new[] { "zh-Hans", "zh-CN", "zh-Hant", "zh-TW", "zh-HK", "ko", "ko-KR", "en", "xx-Unknown" })
            {
                Console.WriteLine($"ok {culture} = {Resources.ButtonOK.Text(culture)}");
                Console.WriteLine($"doc {culture} = {Resources.AboutView_Documentation.Text(culture)}");
                Console.WriteLine($"cancel {culture} = {Resources.Button_Cancel.Text(culture)}");
                Console.WriteLine($"summary {culture} = {Resources.OrderSummary(3, 1234.5m).Text(culture)}");
            }

            Console.WriteLine("key " + Resources.Button_Cancel.Key);
            Console.WriteLine("form " + MainForm.btnSave.Text.Text("ko"));
            Console.WriteLine("rm " + DeskApp.Properties.Resources.ResourceManager.GetString("ButtonOK", System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine("rm-zh " + DeskApp.Properties.Resources.ResourceManager.GetString("ButtonOK", new System.Globalization.CultureInfo("zh-CN")));
            Console.WriteLine("logo " + ((byte[])DeskApp.Properties.Resources.ResourceManager.GetObject("AppLogo", System.Globalization.CultureInfo.InvariantCulture)!).Length);
            Console.WriteLine("manifest " + string.Join(",", typeof(Resources).Assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal)));
            """);

        var build = consumer.Build("-v:n");
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        Assert.False(build.Output.Contains(": warning ", StringComparison.Ordinal), "The consumer built with warnings:\n" + build);

        // The build log says which files stay resources and which are compiled into code only.
        string kept = Line(build.Output, "PhraseCatalog: kept as embedded resources");
        Assert.Contains("Resources.resx", kept, StringComparison.Ordinal);
        Assert.Contains("Resources.zh-CN.resx", kept, StringComparison.Ordinal);
        Assert.Contains("MainForm.resx", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop", kept, StringComparison.Ordinal);
        Assert.Contains("Shop.zh-Hans.resx", Line(build.Output, "PhraseCatalog: removed from embedded resources"), StringComparison.Ordinal);

        var run = consumer.Run();
        Assert.True(run.Succeeded, "The consumer did not run:\n" + run + "\n\nBuild:\n" + build);
        string[] lines = run.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        void Expect(string line) => Assert.True(lines.Contains(line), $"Expected the line '{line}' in:\n{run}");

        foreach (var culture in new[] { "zh-Hans", "zh-CN" })
        {
            Expect($"ok {culture} = 确定");
            Expect($"doc {culture} = 文档");
            Expect($"cancel {culture} = 取消");
            Expect($"summary {culture} = 共3件商品，合计1,234.50元");
        }

        foreach (var culture in new[] { "zh-Hant", "zh-TW", "zh-HK" })
        {
            Expect($"ok {culture} = 確定");
            Expect($"doc {culture} = 說明文件");
            Expect($"summary {culture} = 共3件商品，合計1,234.50元");
        }

        foreach (var culture in new[] { "ko", "ko-KR" })
        {
            Expect($"ok {culture} = 확인");
            Expect($"doc {culture} = 설명서");
            Expect($"cancel {culture} = 취소");
            Expect($"summary {culture} = 상품 3개, 합계 1,234.50원");
        }

        foreach (var culture in new[] { "en", "xx-Unknown" })
        {
            Expect($"ok {culture} = OK");
            Expect($"doc {culture} = Documentation");
            Expect($"cancel {culture} = Cancel");
            Expect($"summary {culture} = 3 items, 1,234.50 in total");
        }

        Expect("key Button Cancel");
        Expect("form Save");

        // The app's ResourceManager code still works: neutral text, satellite text, the image bytes.
        Expect("rm OK");
        Expect("rm-zh 确定");
        Expect("logo 8");
        string manifest = lines.Single(l => l.StartsWith("manifest ", StringComparison.Ordinal));
        Assert.Contains("DeskApp.Properties.Resources.resources", manifest, StringComparison.Ordinal);
        Assert.Contains("MainForm.resources", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Shop", manifest, StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.PathOf("bin/Debug/net10.0/zh-CN/DeskApp.resources.dll")), "The zh-CN satellite assembly of the kept Resources files is missing.");
    }

    [Fact]
    public void EmbeddedResource_metadata_on_a_PhraseFile_decides_when_nothing_else_says()
    {
        var consumer = _package.CreateConsumer("MetaApp");
        consumer.WriteProject(items: """
                <PhraseFile Include="phrases/*.resx" />
                <PhraseFile Include="Strings/Labels.resx" EmbeddedResource="true" />
            """);
        ShopCatalog.WriteTo(consumer);
        consumer.WriteFile("Strings/Labels.resx", Resx(Text("Title", "Settings")));
        consumer.WriteFile("Program.cs", """
            System.Console.WriteLine(MetaApp.Labels.Title.Text("en"));
            System.Console.WriteLine(new System.Resources.ResourceManager("MetaApp.Strings.Labels", typeof(MetaApp.Labels).Assembly).GetString("Title"));
            System.Console.WriteLine("manifest " + string.Join(",", typeof(MetaApp.Labels).Assembly.GetManifestResourceNames()));
            """);

        var build = consumer.Build();
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        var run = consumer.Run();
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("Settings\nSettings\nmanifest MetaApp.Strings.Labels.resources", run.Output.Replace("\r", string.Empty, StringComparison.Ordinal).Trim());
    }

    private static string Line(string output, string start)
    {
        foreach (var line in output.Split('\n'))
        {
            if (line.Contains(start, StringComparison.Ordinal)) return line;
        }

        return string.Empty;
    }

    private static string Text(string key, string value) =>
        $"  <data name=\"{SecurityElement.Escape(key)}\" xml:space=\"preserve\">\n    <value>{SecurityElement.Escape(value)}</value>\n  </data>\n";

    private static string Resx(params string[] entries)
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype">
                <value>text/microsoft-resx</value>
              </resheader>
              <resheader name="version">
                <value>2.0</value>
              </resheader>
              <resheader name="reader">
                <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
              </resheader>
              <resheader name="writer">
                <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
              </resheader>

            """);
        foreach (var entry in entries) text.Append(entry);
        text.Append("</root>\n");
        return text.ToString();
    }
}
