using System;
using System.Linq;
using System.Text;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The generated code, approved line by line (Snapshots/*.approved.cs). A change in the emitter
/// shows up here as a reviewable diff; each snapshot also has to compile.
/// </summary>
public sealed class SnapshotTests
{
    /// <summary>
    /// Three cultures; placeholders (typed, and more than four, so the Rest array is used, in another
    /// order in ko); a three-part key; a keyword key part; a key missing in ko; comments; and
    /// forbidden phrases in two cultures.
    /// </summary>
    internal static PhraseFile[] Representative() =>
    [
        PhraseFile.Of(
            "CallCenter.zh-Hans.resx",
            new Entry("Greeting.InboundCall", "您好！{company}客服中心，请问有什么可以帮您？", "First words on every inbound call. Say it within three rings."),
            new Entry("Greeting.KnownCustomer", "{surname}先生/小姐，您好！"),
            new Entry("Hold.Wait", "请您稍等，我马上为您查询。", "Before putting the caller on hold."),
            new Entry("Hold.event", "请稍等，我查一下这个事件。"),
            new Entry("Complaint.ReplyWithin", "我们会在{hours:int}小时内给您答复。"),
            new Entry("Complaint.Escalate.Supervisor", "我请我们的主管来为您处理。"),
            new Entry("Callback.Confirm", "{surname}先生/小姐，我们将于{date}{time}拨打{phone}给您回电，工单号{ticket}，大约需要{minutes:int}分钟。"),
            new Entry("Closing.Thanks", "感谢您的来电，再见！")),
        PhraseFile.Of(
            "CallCenter.zh-Hant.resx",
            new Entry("Greeting.InboundCall", "您好！{company}客服中心，請問有什麼可以幫您？"),
            new Entry("Greeting.KnownCustomer", "{surname}先生/小姐，您好！"),
            new Entry("Hold.Wait", "請您稍等，我馬上為您查詢。"),
            new Entry("Hold.event", "請稍等，我查一下這個事件。"),
            new Entry("Complaint.ReplyWithin", "我們會在{hours:int}小時內給您答覆。"),
            new Entry("Complaint.Escalate.Supervisor", "我請我們的主管來為您處理。"),
            new Entry("Callback.Confirm", "{surname}先生/小姐，我們將於{date}{time}撥打{phone}給您回電，工單號{ticket}，大約需要{minutes:int}分鐘。"),
            new Entry("Closing.Thanks", "感謝您的來電，再見！")),
        PhraseFile.Of(
            "CallCenter.ko.resx",
            new Entry("Greeting.InboundCall", "안녕하세요, {company} 고객센터입니다. 무엇을 도와드릴까요?"),
            new Entry("Greeting.KnownCustomer", "{surname} 고객님, 안녕하세요!"),
            new Entry("Hold.Wait", "잠시만 기다려 주십시오. 바로 확인해 드리겠습니다."),
            new Entry("Hold.event", "잠시만요, 이 건을 확인하겠습니다."),
            new Entry("Complaint.ReplyWithin", "{hours:int}시간 안에 답변드리겠습니다."),
            new Entry("Complaint.Escalate.Supervisor", "담당 관리자를 연결해 드리겠습니다."),
            new Entry("Callback.Confirm", "{surname} 고객님, 접수번호 {ticket}, {date} {time}에 {phone}(으)로 연락드리겠습니다. 약 {minutes:int}분 걸립니다.")),
        PhraseFile.Of(
            "CallCenter.Forbidden.zh-Hans.resx",
            new Entry("Banned.Wei", "喂，说话呀！", "Rude opening.\nInstead: Greeting.InboundCall"),
            new Entry("Banned.DontKnow", "不知道", "Instead: Hold.Wait")),
        PhraseFile.Of(
            "CallCenter.Forbidden.ko.resx",
            new Entry("Banned.What", "뭐?", "Instead: Greeting.InboundCall")),
    ];

    [Fact]
    public void Representative_catalog()
    {
        var outcome = GeneratorHarness.Run(Representative());

        // The only finding is the ko text that Closing.Thanks lacks.
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("PHR0005", d.Id);
        CompiledAssembly.AssertCompiles(outcome.OutputCompilation, out _);

        Snapshot.Verify(Render(outcome));
    }

    [Fact]
    public void Catalog_in_the_global_namespace()
    {
        var files = new[]
        {
            PhraseFile.Of("Ivr.zh-Hans.resx", new Entry("Menu.Main", "普通话服务请按1，粤语服务请按2。", "Main IVR menu."), ("Menu.Queue", "您前面还有{count:int}位客户。")),
            PhraseFile.Of("Ivr.zh-Hant.resx", ("Menu.Main", "國語服務請按1，粵語服務請按2。"), ("Menu.Queue", "您前面還有{count:int}位客戶。")),
        };
        var outcome = GeneratorHarness.Run(files, BuildProperties.GlobalNamespace);

        outcome.AssertNoDiagnostics();
        CompiledAssembly.AssertCompiles(outcome.OutputCompilation, out _);

        Snapshot.Verify(Render(outcome));
    }

    /// <summary>Every generated file under a header with its hint name, versions scrubbed.</summary>
    private static string Render(GeneratorOutcome outcome)
    {
        var builder = new StringBuilder();
        foreach (var source in outcome.Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append("//------ ").Append(source.HintName).Append('\n');
            builder.Append(Snapshot.Scrub(source.SourceText.ToString()));
        }

        return builder.ToString();
    }
}
