using System;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Reading
{
    /// <summary>Phrase files may come from vendors and translators: reading them must never reach outside the file.</summary>
    public sealed class ResxReaderHostileTests : IDisposable
    {
        private const string Path = "/phrases/CallCenter.ko.resx";

        private readonly string _folder;
        private readonly string _secret;
        private readonly string _secretFile;

        public ResxReaderHostileTests()
        {
            _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "phrasecatalog-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            _secret = "SECRET-" + Guid.NewGuid().ToString("N");
            _secretFile = System.IO.Path.Combine(_folder, "secret.txt");
            File.WriteAllText(_secretFile, _secret);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string SecretUri => new Uri(_secretFile).AbsoluteUri;

        [Fact]
        public void A_DTD_with_an_external_entity_is_PHR0001_at_the_DOCTYPE_and_the_file_is_never_read()
        {
            string text =
                Resx.Declaration + "\n" +                                                           // 1
                "<!DOCTYPE root [ <!ENTITY xxe SYSTEM \"" + SecretUri + "\"> ]>\n" +                // 2
                "<root>\n" +                                                                        // 3
                "  <data name=\"Greeting.InboundCall\"><value>&xxe;</value><comment>&xxe;</comment></data>\n" +
                "</root>\n";

            foreach (var result in new[] { ResxReader.Read(Path, text), ResxReader.Read(Path, Encoding.UTF8.GetBytes(text)) })
            {
                Assert.Empty(result.Entries);
                var problem = Assert.Single(result.Problems);
                Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
                Assert.Equal((2, 1), (problem.Span!.Line, problem.Span.Column));
                Assert.Equal("<!DOCTYPE", text.Substring(problem.Span.Start, problem.Span.Length));
                Assert.Contains("DTD", problem.Message, StringComparison.Ordinal);
                Assert.DoesNotContain(_secret, Resx.Dump(result), StringComparison.Ordinal);
            }

            // The secret is really there to be found, so the assertion above means something.
            Assert.Equal(_secret, File.ReadAllText(_secretFile));
        }

        [Fact]
        public void A_DTD_with_an_external_parameter_entity_is_PHR0001()
        {
            string text =
                Resx.Declaration + "\n" +
                "<!DOCTYPE root [ <!ENTITY % remote SYSTEM \"" + SecretUri + "\"> %remote; ]>\n" +
                "<root><data name=\"Greeting.InboundCall\"><value>x</value></data></root>\n";

            var result = ResxReader.Read(Path, text);

            var problem = Assert.Single(result.Problems);
            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(2, problem.Span!.Line);
            Assert.Empty(result.Entries);
            Assert.DoesNotContain(_secret, Resx.Dump(result), StringComparison.Ordinal);
        }

        [Fact]
        public void Billion_laughs_is_PHR0001_and_returns()
        {
            var builder = new StringBuilder();
            builder.Append(Resx.Declaration).Append('\n');
            builder.Append("<!DOCTYPE root [\n");                                          // line 2
            builder.Append("  <!ENTITY lol \"lol\">\n");
            for (int i = 1; i <= 9; i++)
            {
                string previous = i == 1 ? "lol" : "lol" + (i - 1);
                builder.Append("  <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat("&" + previous + ";", 10))).Append("\">\n");
            }

            builder.Append("]>\n<root><data name=\"Greeting.InboundCall\"><value>&lol9;</value></data></root>\n");

            var result = ResxReader.Read(Path, builder.ToString());

            Assert.Empty(result.Entries);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(2, problem.Span!.Line);
            Assert.DoesNotContain("lollollol", Resx.Dump(result), StringComparison.Ordinal);
        }

        [Fact]
        public void An_entity_that_no_DTD_declares_is_PHR0001()
        {
            string text = Resx.Entries(("Greeting.InboundCall", "안녕하세요 &xxe;"));

            var problem = Assert.Single(ResxReader.Read(Path, text).Problems);

            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(Resx.FirstEntryLine, problem.Span!.Line);
        }

        [Fact]
        public void A_binary_serialized_entry_is_PHR0002_at_its_key_and_is_not_returned()
        {
            string payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("AAEAAAD/////AQAAAAAAAAAMAgAAAFdTeXN0ZW0uV2luZG93cy5Gb3Jtcw==" + _secret));
            string text = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "안녕하십니까"),                                                                                                        // 3
                "  <data name=\"Greeting.Logo\" type=\"System.Byte[], mscorlib\" mimetype=\"application/x-microsoft.net.object.binary.base64\">",                          // 4
                "    <value>" + payload + "</value>",                                                                                                                   // 5
                "  </data>",                                                                                                                                          // 6
                Resx.Data("Hold.Ask", "잠시만 기다려 주십시오"));                                                                                                       // 7

            var result = ResxReader.Read(Path, text);

            var problem = result.Single(PhraseRules.NotPlainStringId);
            Located.At(problem, PhraseRules.NotPlainString, RuleSeverity.Info, Path, 4, Resx.KeyColumn);
            Assert.Equal(Resx.KeyColumn + "Greeting.Logo".Length, problem.Span!.EndColumn);
            Assert.Contains("'Greeting.Logo'", problem.Message, StringComparison.Ordinal);
            Assert.Single(result.Problems);
            Assert.Equal(new[] { "Greeting.InboundCall", "Hold.Ask" }, result.Entries.Select(e => e.Key));
            Assert.DoesNotContain(payload, Resx.Dump(result), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("type=\"System.Drawing.Bitmap, System.Drawing\"", "type=")]
        [InlineData("type=\"System.String, mscorlib\"", "type=")]
        [InlineData("mimetype=\"application/x-microsoft.net.object.soap.base64\"", "mimetype=")]
        [InlineData("mimetype=\"application/x-microsoft.net.object.bytearray.base64\"", "mimetype=")]
        public void Any_type_or_mimetype_attribute_is_PHR0002(string attribute, string mentioned)
        {
            string text = Resx.Doc("  <data name=\"Hold.Ask\" " + attribute + "><value>AAEAAAD/////</value></data>");

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Entries);
            var problem = result.Single(PhraseRules.NotPlainStringId);
            Located.At(problem, PhraseRules.NotPlainString, RuleSeverity.Info, Path, 3, Resx.KeyColumn);
            Assert.Contains(mentioned, problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_reference_is_PHR0002_and_the_file_it_names_is_never_read()
        {
            string text = Resx.Doc(
                "  <data name=\"Greeting.Script\" type=\"System.Resources.ResXFileRef, System.Windows.Forms\">",   // 3
                "    <value>" + _secretFile + ";System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089;utf-8</value>",
                "  </data>");

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Entries);
            var problem = Assert.Single(result.Problems);
            Located.At(problem, PhraseRules.NotPlainString, RuleSeverity.Info, Path, 3, Resx.KeyColumn);
            Assert.Contains("file reference", problem.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(_secret, Resx.Dump(result), StringComparison.Ordinal);
        }

        [Fact]
        public void A_50_MB_file_is_PHR0001_whether_read_from_text_or_bytes()
        {
            string filler = new string('가', 50 * 1024 * 1024 / 3);
            string text = Resx.Entries(("Greeting.InboundCall", filler));
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            Assert.True(bytes.Length >= 50 * 1024 * 1024);

            foreach (var result in new[] { ResxReader.Read(Path, text), ResxReader.Read(Path, bytes) })
            {
                Assert.Empty(result.Entries);
                var problem = Assert.Single(result.Problems);
                Located.At(problem, PhraseRules.Unreadable, RuleSeverity.Error, Path, 1, 1);
                Assert.Contains("limit", problem.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_size_message_is_the_same_on_every_build_machine_culture()
        {
            string text = new string('a', ResxReader.MaxFileChars + 1);
            var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
                var problem = Assert.Single(ResxReader.Read(Path, text).Problems);
                Assert.Contains("the limit is 4,194,304", problem.Message, StringComparison.Ordinal);
            }
            finally
            {
                (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
            }
        }

        [Fact]
        public void The_size_cap_is_in_characters_and_applies_just_above_it()
        {
            string wrapper = Resx.Entries(("Greeting.InboundCall", string.Empty));
            string under = Resx.Entries(("Greeting.InboundCall", new string('a', ResxReader.MaxFileChars - wrapper.Length)));
            string over = Resx.Entries(("Greeting.InboundCall", new string('a', ResxReader.MaxFileChars - wrapper.Length + 1)));
            Assert.Equal(ResxReader.MaxFileChars, under.Length);

            var ok = ResxReader.Read(Path, under);
            Assert.Empty(ok.Problems);
            Assert.Equal(ResxReader.MaxFileChars - wrapper.Length, Assert.Single(ok.Entries).Text.Length);

            Assert.Equal(PhraseRules.UnreadableId, Assert.Single(ResxReader.Read(Path, over).Problems).RuleId);
            Assert.Equal(PhraseRules.UnreadableId, Assert.Single(ResxReader.Read(Path, Encoding.UTF8.GetBytes(over)).Problems).RuleId);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Invalid_UTF8_bytes_are_PHR0001_at_their_line(bool withBom)
        {
            byte[] before = Encoding.UTF8.GetBytes(Resx.Declaration + "\n<root>\n" + Resx.Data("Greeting.InboundCall", "안녕하세요") + "\n  <data name=\"Hold.Ask\"><value>잠시만");
            byte[] bad = { 0xC3, 0x28, 0xFF };
            byte[] after = Encoding.UTF8.GetBytes("</value></data>\n</root>\n");
            byte[] bom = withBom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();
            byte[] bytes = bom.Concat(before).Concat(bad).Concat(after).ToArray();

            var result = ResxReader.Read(Path, bytes);

            Assert.Empty(result.Entries);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(4, problem.Span!.Line);
            Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Invalid_UTF8_on_the_first_line_is_PHR0001_at_line_1()
        {
            byte[] bytes = new byte[] { 0xFE, (byte)'<', (byte)'r' }.Concat(Encoding.UTF8.GetBytes("oot/>")).ToArray();

            var problem = Assert.Single(ResxReader.Read(Path, bytes).Problems);

            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal((1, 1), (problem.Span!.Line, problem.Span.Column));
        }

        [Fact]
        public void A_lone_surrogate_in_UTF16_is_PHR0001()
        {
            byte[] bytes = Encoding.Unicode.GetPreamble()
                .Concat(Encoding.Unicode.GetBytes(Resx.Declaration + "\n<root>\n  <data name=\"Hold.Ask\"><value>"))
                .Concat(new byte[] { 0x3D, 0xD8 })
                .Concat(Encoding.Unicode.GetBytes("</value></data>\n</root>\n"))
                .ToArray();

            var problem = Assert.Single(ResxReader.Read(Path, bytes).Problems);

            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Contains("UTF-16", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_replacement_character_left_by_a_lossy_decoder_is_PHR0001_at_its_position()
        {
            string text = Resx.Entries(("Greeting.InboundCall", "안녕\uFFFD하세요"));

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Entries);
            var problem = Assert.Single(result.Problems);
            Located.At(problem, PhraseRules.Unreadable, RuleSeverity.Error, Path, 3, Resx.ValueColumn("Greeting.InboundCall") + 2);
        }

        [Fact]
        public void A_control_character_is_PHR0001()
        {
            string text = Resx.Entries(("Greeting.InboundCall", "안녕\u0001하세요"));

            var problem = Assert.Single(ResxReader.Read(Path, text).Problems);

            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(3, problem.Span!.Line);
        }

        [Theory]
        [InlineData("utf-8 without BOM")]
        [InlineData("utf-8 with BOM")]
        [InlineData("utf-16 LE with BOM")]
        [InlineData("utf-16 BE with BOM")]
        public void Encodings_with_and_without_BOM_read_the_same_entries_at_the_same_positions(string encoding)
        {
            string text = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "안녕하십니까, 고객센터입니다. 😀"),
                Resx.Data("Hold.Ask", "请您稍等。{bad"));
            byte[] bytes = encoding switch
            {
                "utf-8 without BOM" => new UTF8Encoding(false).GetBytes(text),
                "utf-8 with BOM" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
                "utf-16 LE with BOM" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
                _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
            };

            var result = ResxReader.Read(Path, bytes);

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "안녕하십니까, 고객센터입니다. 😀", "请您稍等。{bad" }, result.Entries.Select(e => e.Text));
            Assert.Equal((3, Resx.KeyColumn), (result.Entries[0].KeySpan.Line, result.Entries[0].KeySpan.Column));
            Assert.Equal((4, Resx.ValueColumn("Hold.Ask")), (result.Entries[1].ValueSpan.Line, result.Entries[1].ValueSpan.Column));
            Assert.Equal("Hold.Ask", text.Substring(result.Entries[1].KeySpan.Start, result.Entries[1].KeySpan.Length));

            // Identical to reading the decoded text.
            Assert.Equal(ResxReader.Read(Path, text), result);
        }

        [Fact]
        public void A_BOM_left_at_the_start_of_the_text_does_not_shift_positions()
        {
            string text = Resx.Entries(("Hold.Ask", "请稍等"));

            Assert.Equal(ResxReader.Read(Path, text), ResxReader.Read(Path, "\uFEFF" + text));
        }
    }
}
