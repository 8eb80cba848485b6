using System;
using System.Globalization;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Tests.Runtime
{
    public class PhraseMessageTests
    {
        private static readonly PhraseCultures Cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");

        private static readonly Phrase Hold = new Phrase("Hold.Ask", Cultures, new[] { "请您稍等。", "請您稍等。", "잠시만 기다려 주십시오." });

        // What the generator writes for "{surname}先生，您好" / "{surname}先生，您好" / "{surname} 고객님, 안녕하십니까".
        private static readonly PhraseTemplate Known = new PhraseTemplate(
            "Address.KnownCustomer",
            Cultures,
            new[] { "{surname}先生，您好", "{surname}先生，您好", "{surname} 고객님, 안녕하십니까" },
            new[] { "surname" },
            Render);

        private static readonly PhraseTemplate Callback = new PhraseTemplate(
            "Callback.AtTime",
            Cultures,
            new[] { "{surname}先生，我们会在{time}给您回电。", "{surname}先生，我們會在{time}給您回電。", "{time}에 {surname} 고객님께 다시 전화드리겠습니다." },
            new[] { "surname", "time" },
            (int culture, in PhraseArgs args) => culture switch
            {
                1 => string.Concat(args[0], "先生，我們會在", args[1], "給您回電。"),
                2 => string.Concat(args[1], "에 ", args[0], " 고객님께 다시 전화드리겠습니다."),
                _ => string.Concat(args[0], "先生，我们会在", args[1], "给您回电。"),
            });

        private static string Render(int culture, in PhraseArgs args) => culture switch
        {
            2 => string.Concat(args.A0, " 고객님, 안녕하십니까"),
            _ => string.Concat(args.A0, "先生，您好"),
        };

        [Fact]
        public void The_default_message_is_empty()
        {
            PhraseMessage message = default;

            Assert.Equal(string.Empty, message.Key);
            Assert.Equal(string.Empty, message.Text("ko"));
            Assert.Equal(string.Empty, message.Text(CultureInfo.GetCultureInfo("zh-TW")));
            Assert.Equal(string.Empty, message.ToString());
            Assert.Equal(string.Empty, (string)message);
            Assert.True(message == default);
            Assert.Equal(default(PhraseMessage).GetHashCode(), message.GetHashCode());
        }

        [Fact]
        public void A_phrase_converts_to_a_message_with_the_same_texts()
        {
            PhraseMessage message = Hold;

            Assert.Equal("Hold.Ask", message.Key);
            Assert.Equal("請您稍等。", message.Text("zh-TW"));
            Assert.Equal("잠시만 기다려 주십시오.", message.Text(CultureInfo.GetCultureInfo("ko-KR")));
            Assert.Equal("请您稍等。", message.Text("en-US"));
            Assert.Equal(new PhraseMessage(Hold), message);
            Assert.NotEqual(default, message);
        }

        [Theory]
        [InlineData("zh-CN", "王先生，您好")]
        [InlineData("zh-TW", "王先生，您好")]
        [InlineData("ko-KR", "王 고객님, 안녕하십니까")]
        [InlineData("en-US", "王先生，您好")]
        [InlineData(null, "王先生，您好")]
        public void A_bound_template_renders_per_culture_with_the_generated_renderer(string? culture, string expected)
        {
            var message = Known.Bind(new PhraseArgs("王"));

            Assert.Equal("Address.KnownCustomer", message.Key);
            Assert.Equal(expected, message.Text(culture!));
        }

        [Fact]
        public void Each_language_keeps_its_own_word_order()
        {
            var message = Callback.Bind(new PhraseArgs("王", "下午三点"));

            Assert.Equal("王先生，我们会在下午三点给您回电。", message.Text("zh-Hans"));
            Assert.Equal("王先生，我們會在下午三点給您回電。", message.Text("zh-HK"));
            Assert.Equal("下午三点에 王 고객님께 다시 전화드리겠습니다.", message.Text("ko"));
            Assert.Equal("王", message.Arguments[0]);
            Assert.Equal("下午三点", message.Arguments[1]);
        }

        [Fact]
        public void ToString_and_the_string_conversion_use_the_current_UI_culture()
        {
            var message = Known.Bind(new PhraseArgs("김"));
            using (new CultureScope("ko-KR", culture: "zh-CN"))
            {
                Assert.Equal("김 고객님, 안녕하십니까", message.ToString());
                string converted = message;
                Assert.Equal("김 고객님, 안녕하십니까", converted);
                Assert.Equal("김 고객님, 안녕하십니까", message.Text(CultureInfo.CurrentUICulture));
            }
        }

        [Fact]
        public void Messages_are_equal_when_they_have_the_same_phrase_and_argument_values()
        {
            var a = Known.Bind(new PhraseArgs("王"));
            var b = Known.Bind(new PhraseArgs(new string('王', 1)));
            var c = Known.Bind(new PhraseArgs("李"));

            Assert.True(a == b);
            Assert.False(a != b);
            Assert.True(a.Equals((object)b));
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.True(a != c);
            Assert.False(a.Equals(c));
            Assert.False(a.Equals("王先生，您好"));
            Assert.False(a.Equals((object?)null));
        }

        [Fact]
        public void Messages_of_different_phrases_are_not_equal_even_with_the_same_key()
        {
            var twin = new PhraseTemplate("Address.KnownCustomer", Cultures, new[] { "a", "b", "c" }, new[] { "surname" }, Render);
            var phraseTwin = new Phrase("Hold.Ask", Cultures, new[] { "x", "y", "z" });

            Assert.NotEqual(Known.Bind(new PhraseArgs("王")), twin.Bind(new PhraseArgs("王")));
            Assert.NotEqual((PhraseMessage)Hold, (PhraseMessage)phraseTwin);
            Assert.NotEqual((PhraseMessage)Hold, Known.Bind(new PhraseArgs("王")));
        }

        [Fact]
        public void Only_the_arguments_a_template_uses_take_part_in_equality()
        {
            var a = Known.Bind(new PhraseArgs("王", "unused"));
            var b = Known.Bind(new PhraseArgs("王", "other"));

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }

        [Fact]
        public void A_template_bound_to_default_arguments_renders_and_hashes_without_throwing()
        {
            var message = new PhraseMessage(Known, default);

            Assert.Equal("先生，您好", message.Text("zh-Hans"));
            Assert.Equal(message.GetHashCode(), Known.Bind(new PhraseArgs(string.Empty)).GetHashCode());
            Assert.Equal(Known.Bind(new PhraseArgs(string.Empty)), message);
        }

        [Fact]
        public void The_template_exposes_key_placeholders_renderer_and_source_text()
        {
            Assert.Equal("Callback.AtTime", Callback.Key);
            Assert.Same(Cultures, Callback.Cultures);
            Assert.Equal(new[] { "surname", "time" }, Callback.Placeholders);
            Assert.Equal("{time}에 {surname} 고객님께 다시 전화드리겠습니다.", Callback.Template("ko-KR"));
            Assert.Equal("{surname}先生，我們會在{time}給您回電。", Callback.Template("zh-MO"));
            Assert.Equal("王先生，您好", Known.Renderer(0, new PhraseArgs("王")));
        }

        [Fact]
        public void Constructor_arguments_are_validated()
        {
            Assert.Equal("phrase", Assert.Throws<ArgumentNullException>(() => new PhraseMessage((Phrase)null!)).ParamName);
            Assert.Equal("template", Assert.Throws<ArgumentNullException>(() => new PhraseMessage(null!, new PhraseArgs("x"))).ParamName);

            string[] texts = { "a", "b", "c" };
            string[] names = { "x" };
            Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new PhraseTemplate(null!, Cultures, texts, names, Render)).ParamName);
            Assert.Equal("cultures", Assert.Throws<ArgumentNullException>(() => new PhraseTemplate("K.K", null!, texts, names, Render)).ParamName);
            Assert.Equal("templates", Assert.Throws<ArgumentNullException>(() => new PhraseTemplate("K.K", Cultures, null!, names, Render)).ParamName);
            Assert.Equal("templates", Assert.Throws<ArgumentException>(() => new PhraseTemplate("K.K", Cultures, new[] { "a" }, names, Render)).ParamName);
            Assert.Equal("placeholders", Assert.Throws<ArgumentNullException>(() => new PhraseTemplate("K.K", Cultures, texts, null!, Render)).ParamName);
            Assert.Equal("renderer", Assert.Throws<ArgumentNullException>(() => new PhraseTemplate("K.K", Cultures, texts, names, null!)).ParamName);
        }
    }
}
