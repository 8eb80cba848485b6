using System;
using System.Linq;
using System.Reflection;
using PhraseCatalog.CompilerServices;
using PhraseCatalog.Metadata;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Tests.Runtime
{
    /// <summary>The runtime assembly carries the curated catalog in phrases/, compiled by the project's own generator.</summary>
    public class StandardCatalogTests
    {
        [Fact]
        public void The_inbound_greeting_has_distinct_Traditional_and_Simplified_texts()
        {
            string traditional = CallCenter.Greeting.InboundCall.Text("zh-TW");
            string simplified = CallCenter.Greeting.InboundCall.Text("zh-CN");
            string korean = CallCenter.Greeting.InboundCall.Text("ko-KR");

            Assert.False(string.IsNullOrWhiteSpace(traditional));
            Assert.NotEqual(simplified, traditional);
            Assert.Equal(traditional, CallCenter.Greeting.InboundCall.Text("zh-Hant"));
            Assert.Equal(simplified, CallCenter.Greeting.InboundCall.Text("zh-Hans"));
            Assert.Contains("請", traditional, StringComparison.Ordinal);
            Assert.Contains("请", simplified, StringComparison.Ordinal);
            Assert.Contains("고객센터", korean, StringComparison.Ordinal);
            Assert.Equal("Greeting.InboundCall", CallCenter.Greeting.InboundCall.Key);
        }

        [Fact]
        public void The_catalog_has_the_three_cultures_with_zh_Hans_as_default()
        {
            Assert.Equal("zh-Hans", CallCenter.Cultures.DefaultCulture);
            Assert.Equal(new[] { "ko", "zh-Hans", "zh-Hant" }, CallCenter.Cultures.Names.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(CallCenter.Greeting.InboundCall.Text("zh-Hans"), CallCenter.Greeting.InboundCall.Text("en-US"));
        }

        [Fact]
        public void The_typed_reply_window_formats_its_number_into_every_culture()
        {
            var message = CallCenter.Complaint.ReplyWithin(hours: 24);

            Assert.Equal("Complaint.ReplyWithin", message.Key);
            Assert.Contains("24", message.Text("zh-Hans"), StringComparison.Ordinal);
            Assert.Contains("24", message.Text("zh-Hant"), StringComparison.Ordinal);
            Assert.Contains("24", message.Text("ko"), StringComparison.Ordinal);
            Assert.DoesNotContain("{", message.Text("ko"), StringComparison.Ordinal);
        }

        [Fact]
        public void The_assembly_declares_the_CallCenter_catalog_data_for_analyzers()
        {
            var assembly = typeof(Phrase).Assembly;

            var data = Assert.Single(assembly.GetCustomAttributes<PhraseCatalogDataAttribute>(), a => a.Catalog == "CallCenter");
            Assert.Equal("zh-Hans", data.DefaultCulture);
            Assert.NotNull(data.DataType);
            Assert.Equal(typeof(CallCenter).Assembly, data.DataType.Assembly);

            // The data class holds the texts as constants marked with the key and culture.
            var approved = data.DataType
                .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (Field: f, Attribute: f.GetCustomAttribute<ApprovedPhraseAttribute>()))
                .Where(x => x.Attribute is not null)
                .ToList();
            var greetingHant = Assert.Single(approved, x => x.Attribute!.Key == "Greeting.InboundCall" && x.Attribute.Culture == "zh-Hant");
            Assert.Equal(CallCenter.Greeting.InboundCall.Text("zh-Hant"), greetingHant.Field.GetRawConstantValue());
        }
    }
}
