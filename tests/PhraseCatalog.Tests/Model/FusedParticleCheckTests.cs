using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>PHR0017 through the Roslyn-free catalog builder, as the command-line tools will run it.</summary>
    public class FusedParticleCheckTests
    {
        private static PhraseProblem[] Findings(string culture, params string[] texts)
        {
            var entries = texts.Select((t, i) => ("Check.Text" + i, t)).ToArray();
            return Catalogs.Build(("CallCenter." + culture + ".resx", Resx.Entries(entries))).Problems.Of(PhraseRules.FusedParticleId).ToArray();
        }

        [Theory]
        [InlineData("{department}를 연결해 드리겠습니다.", "를", "{department|을/를}")]
        [InlineData("{department}을 연결해 드리겠습니다.", "을", "{department|을/를}")]
        [InlineData("{name}이 맞으십니까?", "이", "{name|이/가}")]
        [InlineData("{name}가 맞으십니까?", "가", "{name|이/가}")]
        [InlineData("{company}은 휴무입니다.", "은", "{company|은/는}")]
        [InlineData("{company}는 휴무입니다.", "는", "{company|은/는}")]
        [InlineData("{company}는요?", "는", "{company|은/는}")]
        [InlineData("{product}와 함께 보내 드리겠습니다.", "와", "{product|과/와}")]
        [InlineData("{product}과의 차이를 안내해 드리겠습니다.", "과", "{product|과/와}")]
        [InlineData("{city}로 보내 드리겠습니다.", "로", "{city|으로/로}")]
        [InlineData("{city}으로 보내 드리겠습니다.", "으로", "{city|으로/로}")]
        [InlineData("{city}로도 보내 드릴 수 있습니다.", "로", "{city|으로/로}")]
        [InlineData("{role}으로서 안내해 드리겠습니다.", "으로서", "{role|으로서/로서}")]
        [InlineData("{method}로써 해결해 드리겠습니다.", "로써", "{method|으로써/로써}")]
        [InlineData("{name}이여, 감사합니다.", "이여", "{name|이여/여}")]
        [InlineData("{name}아, 괜찮습니다.", "아", "{name|아/야}")]
        [InlineData("{a}이나 {b} 중에서 골라 주십시오.", "이나", "{a|이나/나}")]
        [InlineData("{a}랑 같이 오셨습니까?", "랑", "{a|이랑/랑}")]
        [InlineData("{a}며 {b}도 준비되어 있습니다.", "며", "{a|이며/며}")]
        [InlineData("{name}라고 말씀하셨습니까?", "라고", "{name|이라고/라고}")]
        [InlineData("{name}라는 분이 계십니다.", "라는", "{name|이라는/라는}")]
        [InlineData("{item}이라도 보내 드리겠습니다.", "이라도", "{item|이라도/라도}")]
        [InlineData("담당자는 {name}이에요.", "이에요", "{name|이에요/예요}")]
        [InlineData("그건 {name}이야.", "이야", "{name|이야/야}")]
        [InlineData("{count:int}은 접수되었습니다.", "은", "{count:int|은/는}")]
        [InlineData("{rate:double}로 적용됩니다.", "로", "{rate:double|으로/로}")]
        [InlineData("{name}를", "를", "{name|을/를}")]
        [InlineData("{name}를}}", "를", "{name|을/를}")]
        [InlineData("{name}를~", "를", "{name|을/를}")]
        public void A_fused_particle_is_reported_with_the_form_to_write(string text, string particle, string suggestion)
        {
            var problem = Assert.Single(Findings("ko", text));

            int index = text.IndexOf('}') + 1;
            Located.At(problem, PhraseRules.FusedParticle, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.ko.resx"), Resx.FirstEntryLine, Resx.ValueColumn("Check.Text0") + index);
            Assert.Equal(particle.Length, problem.Span!.Length);
            int open = text.IndexOf('{');
            Assert.StartsWith("'" + text.Substring(open, index - open) + particle + "': the particle after a placeholder depends on the value", problem.Message, StringComparison.Ordinal);
            Assert.EndsWith("; write " + suggestion, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{a}")]
        [InlineData("{a}\uD800")]
        [InlineData("{a}으")]
        [InlineData("{a}(으")]
        [InlineData("{a}로부")]
        [InlineData("{{a}}를 확인했습니다.")]
        [InlineData("{a|을/를}를 확인했습니다.")]
        [InlineData("{a|을를}를 확인했습니다.")]
        [InlineData("{a:float}를 확인했습니다.")]
        [InlineData("{a}를{b} 확인했습니다.")]
        [InlineData("{a}를3 확인했습니다.")]
        [InlineData("{a}를x 확인했습니다.")]
        [InlineData("{a}가요")]
        [InlineData("{a}이다.")]
        [InlineData("{a}이고 {b}입니다.")]
        [InlineData("{a}이지만 괜찮습니다.")]
        [InlineData("{a}은(는) 휴무입니다.")]
        [InlineData("{a}(이)나 {b}도 가능합니다.")]
        [InlineData("{a}이에요(예요).")]
        public void Other_text_after_a_placeholder_is_not_reported_and_nothing_throws(string text)
        {
            Assert.Empty(Findings("ko", text));
        }

        [Theory]
        [InlineData("zh-Hans")]
        [InlineData("zh-Hant")]
        public void Chinese_texts_are_not_checked(string culture)
        {
            Assert.Empty(Findings(culture, "请转接{department}를"));
        }

        [Fact]
        public void Every_placeholder_of_a_text_is_checked_and_findings_keep_text_order()
        {
            var problems = Findings("ko", "{a}를 {b}와 {c}로 보내 드리겠습니다.", "{d}은 {e}이 {f}는 있습니다.");

            Assert.Equal(new[] { "를", "와", "로", "은", "이", "는" }, problems.Select(p => p.Message.Substring(p.Message.IndexOf('}') + 1, p.Span!.Length)));
            Assert.Equal(new[] { 1, 1, 1, 2, 2, 2 }, problems.Select(p => p.Span!.Line - Resx.FirstEntryLine + 1));
        }
    }
}
