using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>
    /// A temporary folder with a small catalog (Support) in three cultures, each file saved its own way:
    /// zh-Hans plain UTF-8 with LF, zh-Hant with a BOM, CRLF, an XML comment and four-space indentation,
    /// ko with a Korean particle form. Deleted on dispose.
    /// </summary>
    internal sealed class Workspace : IDisposable
    {
        public const string Hans = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype">
                <value>text/microsoft-resx</value>
              </resheader>
              <data name="Complaint.ReplyWithin" xml:space="preserve">
                <value>我们会在{hours:int}小时之内给您答复。</value>
              </data>
              <data name="Greeting.KnownCustomer" xml:space="preserve">
                <value>{surname}先生，您好！请问有什么可以帮您？</value>
                <comment>Caller identified by phone number.</comment>
              </data>
              <data name="Greeting.Welcome" xml:space="preserve">
                <value>您好，很高兴为您服务！</value>
                <comment>First words of every inbound call &amp; callback.</comment>
              </data>
              <data name="Hold.Wait" xml:space="preserve">
                <value>请您稍等片刻。</value>
              </data>
              <data name="Transfer.Department" xml:space="preserve">
                <value>我马上帮您转到{department}。</value>
              </data>
            </root>

            """;

        public const string Hant = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <!-- Traditional Chinese, reviewed by the Taipei team. -->
                <data name="Complaint.ReplyWithin" xml:space="preserve">
                  <value>我們會在{hours:int}小時之內給您答覆。</value>
                </data>
                <data name="Greeting.KnownCustomer" xml:space="preserve">
                  <value>{surname}先生，您好！請問有什麼可以幫您？</value>
                  <comment>Caller identified by phone number.</comment>
                </data>
                <data name="Greeting.Welcome" xml:space="preserve">
                  <value>您好，很高興為您服務！</value>
                  <comment>First words of every inbound call &amp; callback.</comment>
                </data>
                <data name="Hold.Wait" xml:space="preserve">
                  <value>請您稍等片刻。</value>
                </data>
            </root>

            """;

        public const string Korean = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Complaint.ReplyWithin" xml:space="preserve">
                <value>{hours:int}시간 이내에 답변드리겠습니다.</value>
              </data>
              <data name="Greeting.KnownCustomer" xml:space="preserve">
                <value>{surname} 고객님, 안녕하십니까? 무엇을 도와드릴까요?</value>
              </data>
              <data name="Greeting.Welcome" xml:space="preserve">
                <value>안녕하십니까? 무엇을 도와드릴까요?</value>
              </data>
              <data name="Hold.Wait" xml:space="preserve">
                <value>잠시만 기다려 주십시오.</value>
              </data>
              <data name="Transfer.Department" xml:space="preserve">
                <value>바로 {department|으로/로} 연결해 드리겠습니다.</value>
              </data>
            </root>

            """;

        public const string ForbiddenHant = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Banned.DontKnow" xml:space="preserve">
                <value>不知道</value>
                <comment>An agent never says they do not know.</comment>
              </data>
            </root>

            """;

        public Workspace()
        {
            Root = Path.Combine(Path.GetTempPath(), "phrasecatalog-xliff-" + Guid.NewGuid().ToString("N").Substring(0, 10));
            Phrases = Path.Combine(Root, "phrases");
            Output = Path.Combine(Root, "out");
            Directory.CreateDirectory(Phrases);
            Write("Support.zh-Hans.resx", Hans);
            Write("Support.zh-Hant.resx", Hant, bom: true, crlf: true);
            Write("Support.ko.resx", Korean);
            Write("Support.Forbidden.zh-Hant.resx", ForbiddenHant);
        }

        public string Root { get; }

        public string Phrases { get; }

        public string Output { get; }

        public string HantPath => Path.Combine(Phrases, "Support.zh-Hant.resx");

        public string KoPath => Path.Combine(Phrases, "Support.ko.resx");

        public void Write(string name, string text, bool bom = false, bool crlf = false)
        {
            if (crlf) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            var bytes = new List<byte>();
            if (bom) bytes.AddRange(new byte[] { 0xEF, 0xBB, 0xBF });
            bytes.AddRange(Encoding.UTF8.GetBytes(text));
            File.WriteAllBytes(Path.Combine(Phrases, name), bytes.ToArray());
        }

        /// <summary>Every file of the phrase folder, name → bytes, to compare before and after.</summary>
        public Dictionary<string, byte[]> Snapshot() =>
            Directory.GetFiles(Phrases).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes, StringComparer.Ordinal);

        public string Export(string target, XliffVersion version = XliffVersion.V20, string? source = null)
        {
            var result = XliffExporter.ExportToDirectory(new[] { Phrases }, Output, new ExportOptions(target) { Version = version, SourceCulture = source });
            var file = Assert.Single(result.Files);
            return Path.Combine(Output, file.FileName);
        }

        public ImportReport Import(string xliff, bool warnAsError = false, bool dryRun = false) =>
            XliffImporter.Import(new[] { xliff }, new ImportOptions(Phrases) { WarnAsError = warnAsError, DryRun = dryRun });

        /// <summary>Writes an XLIFF file next to the exports.</summary>
        public string WriteXliff(string name, string text)
        {
            Directory.CreateDirectory(Output);
            string path = Path.Combine(Output, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
