using System.Linq;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Reading
{
    /// <summary>
    /// A real Properties/Resources.resx or WinForms form file: images, icons, file references and
    /// designer entries are skipped (PHR0002, info, once per entry, at the entry) and never
    /// deserialized; the texts beside them are read.
    /// </summary>
    public class NonTextEntryTests
    {
        private const string Path = "/src/App/Properties/Form1.resx";

        private const string Form = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="btnOK.Text" xml:space="preserve">
                <value>OK</value>
              </data>
              <data name="&gt;&gt;btnOK.Name" xml:space="preserve">
                <value>btnOK</value>
              </data>
              <data name="&gt;&gt;btnOK.Type" xml:space="preserve">
                <value>System.Windows.Forms.Button, System.Windows.Forms</value>
              </data>
              <data name="btnOK.Location" type="System.Drawing.Point, System.Drawing">
                <value>12, 34</value>
              </data>
              <data name="$this.Text" xml:space="preserve">
                <value>Settings</value>
              </data>
              <data name="Logo" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64">
                <value>AAEAAAD/////AQAAAAAAAAAMAgAAAFFTeXN0ZW0u</value>
              </data>
              <data name="Icon" type="System.Resources.ResXFileRef, System.Windows.Forms">
                <value>..\Resources\app.ico;System.Drawing.Icon, System.Drawing</value>
              </data>
              <data name="Welcome" xml:space="preserve">
                <value>Welcome, {0}!</value>
              </data>
            </root>
            """;

        [Fact]
        public void Text_entries_are_read_and_every_other_entry_is_one_info_at_its_line()
        {
            var result = ResxReader.Read(Path, Form);

            Assert.Equal(new[] { "btnOK.Text", "Welcome" }, result.Entries.Select(e => e.Key));
            var skipped = result.Problems.Items;
            Assert.All(skipped, p => Assert.Equal(PhraseRules.NotPlainStringId, p.RuleId));
            Assert.All(skipped, p => Assert.Equal(RuleSeverity.Info, p.EffectiveSeverity));
            Assert.Equal(new[] { ">>btnOK.Name", ">>btnOK.Type", "btnOK.Location", "$this.Text", "Logo", "Icon" }, skipped.Select(p => p.Message.Split('\'')[1]));
            Assert.Equal(new[] { 6, 9, 12, 15, 18, 21 }, skipped.Select(p => p.Span!.Line));
            Assert.Contains("Windows Forms designer metadata", skipped[0].Message, System.StringComparison.Ordinal);
            Assert.Contains("type=\"System.Drawing.Point, System.Drawing\"", skipped[2].Message, System.StringComparison.Ordinal);
            Assert.Contains("file reference", skipped[5].Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_value_with_markup_stays_an_error()
        {
            var result = ResxReader.Read(Path, Resx.Doc("  <data name=\"Hold.Ask\"><value>请<b>稍</b>等</value></data>"));
            var problem = result.Single(PhraseRules.NotPlainStringId);
            Assert.Equal(RuleSeverity.Error, problem.EffectiveSeverity);
        }
    }
}
