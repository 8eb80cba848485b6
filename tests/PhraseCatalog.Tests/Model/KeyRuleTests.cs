using System;
using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>PHR0004: a key must become a C# member path, and no two keys may produce the same C# name.</summary>
    public class KeyRuleTests
    {
        private const string Hans = "CallCenter.zh-Hans.resx";
        private static readonly string HansPath = Catalogs.PathOf(Hans);

        // Each text is numbered, not made from its key: a Hangul or Traditional key inside a zh-Hans
        // text would be a PHR0009 finding, and equal texts in one scenario a PHR0016 one.
        private static CatalogResult Build(params string[] keys) =>
            Catalogs.Build((Hans, Resx.Entries(keys.Select((k, i) => (k, "文本" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray())));

        /// <summary>Builds a catalog with a valid key first and <paramref name="key"/> second; asserts one PHR0004 at line 4 and returns its message.</summary>
        private static string Rejected(string key)
        {
            var result = Build("Hold.Ask", key);
            var problem = result.Single(PhraseRules.InvalidKeyId);
            Located.At(problem, PhraseRules.InvalidKey, RuleSeverity.Error, HansPath, 4, Resx.KeyColumn);
            Assert.Single(result.Problems);
            Assert.False(result.HasPhrase(key));
            Assert.True(result.HasPhrase("Hold.Ask"));
            return problem.Message;
        }

        [Theory]
        [InlineData("AboutView_Documentation")]
        [InlineData("ButtonOK")]
        [InlineData("Greeting")]
        [InlineData("인사")]
        public void A_key_of_one_part_becomes_a_member_of_the_catalog_class(string key)
        {
            var result = Build("Hold.Ask", key);

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { key }, result.Phrase(key).Path);
            Assert.Equal(key, result.Phrase(key).Key);
        }

        [Theory]
        [InlineData("Greeting.1stCall", new[] { "Greeting", "_1stCall" })]
        [InlineData("Greeting.Inbound-Call", new[] { "Greeting", "Inbound_Call" })]
        [InlineData("Greeting.Inbound Call", new[] { "Greeting", "Inbound_Call" })]
        [InlineData("Greeting.Inbound  --  Call", new[] { "Greeting", "Inbound_Call" })]
        [InlineData("Greeting.Inbound_ Call", new[] { "Greeting", "Inbound_Call" })]
        [InlineData("Greeting.인사!", new[] { "Greeting", "인사_" })]
        [InlineData("Greeting.\U0002000B", new[] { "Greeting", "_" })]
        [InlineData("Button OK", new[] { "Button_OK" })]
        [InlineData("1st", new[] { "_1st" })]
        [InlineData("Save...", new[] { "Save_" })]
        [InlineData("Greeting..InboundCall", new[] { "Greeting_InboundCall" })]
        [InlineData(".NET", new[] { "_NET" })]
        [InlineData("Greeting.", new[] { "Greeting_" })]
        public void A_key_that_is_not_an_identifier_is_mapped_by_the_documented_rule_and_keeps_its_key(string key, string[] path)
        {
            var result = Build("Hold.Ask", key);

            Assert.Empty(result.Problems);
            Assert.Equal(path, result.Phrase(key).Path);
            Assert.Equal(key, result.Phrase(key).Key);
        }

        [Fact]
        public void Mapping_is_deterministic_and_leaves_identifiers_alone()
        {
            Assert.Equal(KeyNames.ToPath("Menu.File Open"), KeyNames.ToPath("Menu.File Open"));
            Assert.Equal(new[] { "Complaint", "Escalate", "Supervisor" }, KeyNames.ToPath("Complaint.Escalate.Supervisor"));
            Assert.Equal("_1", KeyNames.ToIdentifier("1"));
            Assert.Equal("_", KeyNames.ToIdentifier("!!!"));
        }

        [Theory]
        [InlineData("Button OK", "Button_OK")]
        [InlineData("Button-OK", "Button OK")]
        public void Keys_that_map_to_the_same_name_collide_and_the_message_names_both(string first, string second)
        {
            var result = Build(first, second);

            var problem = result.Single(PhraseRules.InvalidKeyId);
            Assert.Contains("'Button_OK'", problem.Message, StringComparison.Ordinal);
            Assert.Contains("'" + first + "'", problem.Message, StringComparison.Ordinal);
            Assert.Contains("'" + second + "'", problem.Message, StringComparison.Ordinal);
            Assert.Contains("rename one of them", problem.Message, StringComparison.Ordinal);
            Assert.Single(result.Model!.Phrases);
        }

        [Fact]
        public void Key_messages_speak_of_the_key_not_of_scenarios()
        {
            var result = Build("Hold.Ask", "Cultures", "ToString");
            Assert.Equal(2, result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                Assert.DoesNotContain("scenario", problem.Message, StringComparison.OrdinalIgnoreCase);
                Assert.StartsWith("The key '", problem.Message, StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("Greeting.In__bound")]
        [InlineData("Greeting.__Inbound")]
        [InlineData("Gree__ting.Inbound")]
        public void A_part_containing_a_double_underscore_is_rejected(string key)
        {
            Assert.Contains("'__'", Rejected(key), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Cultures.List")]
        [InlineData("PhraseData.Greeting")]
        public void The_reserved_root_names_are_rejected_as_the_first_part(string key)
        {
            Assert.Contains("the generated class uses itself", Rejected(key), StringComparison.Ordinal);
        }

        [Fact]
        public void The_reserved_root_names_are_fine_deeper_in_a_key()
        {
            var result = Build("Greeting.Cultures", "Greeting.PhraseData");
            Assert.Empty(result.Problems);
        }

        [Theory]
        [InlineData("Greeting.Greeting")]
        [InlineData("CallCenter.Greeting")]
        [InlineData("Complaint.Escalate.Escalate")]
        public void A_part_named_like_the_class_it_would_be_declared_in_is_rejected(string key)
        {
            Assert.Contains("of the same name", Rejected(key), StringComparison.Ordinal);
        }

        [Fact]
        public void A_part_named_like_an_outer_class_but_not_its_own_is_fine()
        {
            var result = Build("Complaint.Escalate.Complaint", "Greeting.Inbound.Greeting");
            Assert.Empty(result.Problems);
        }

        [Theory]
        [InlineData("Greeting.Equals")]
        [InlineData("Greeting.ToString")]
        [InlineData("Greeting.GetHashCode")]
        [InlineData("Greeting.GetType")]
        [InlineData("Greeting.ReferenceEquals")]
        [InlineData("Greeting.MemberwiseClone")]
        [InlineData("Equals.Greeting")]
        [InlineData("Greeting.ToString.Short")]
        public void A_part_that_would_hide_a_member_inherited_from_object_is_rejected(string key)
        {
            // The generated 'public static Phrase ToString { get; }' (or class) would hide object.ToString():
            // warning CS0108, which breaks every consumer that treats warnings as errors.
            Assert.Contains("inherits from object", Rejected(key), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Greeting.Inbound", "Greeting.Inbound.Again")]
        [InlineData("Greeting.Inbound.Again", "Greeting.Inbound")]
        public void A_key_that_is_both_a_member_and_a_class_collides_whatever_the_file_order(string first, string second)
        {
            var result = Build(first, second);

            var problem = result.Single(PhraseRules.InvalidKeyId);
            // The member is registered first (ordinal key order), so the class-making key is the one rejected.
            int line = first == "Greeting.Inbound.Again" ? 3 : 4;
            Located.At(problem, PhraseRules.InvalidKey, RuleSeverity.Error, HansPath, line, Resx.KeyColumn);
            Assert.Equal("The key 'Greeting.Inbound.Again' would make 'Greeting.Inbound' a nested class, but the key 'Greeting.Inbound' is already a member with that name; rename one of them", problem.Message);
            Assert.True(result.HasPhrase("Greeting.Inbound"));
            Assert.False(result.HasPhrase("Greeting.Inbound.Again"));
        }

        [Fact]
        public void Keys_that_differ_only_by_format_characters_collide()
        {
            // C# ignores formatting characters (Unicode Cf, e.g. U+200B) in identifiers: 'Ask\u200B' and 'Ask' are one name (CS0102).
            var result = Build("Hold.Ask", "Hold.Ask\u200B");

            var problem = result.Single(PhraseRules.InvalidKeyId);
            Assert.Equal(HansPath, problem.Span!.Path);
            Assert.Equal(2, result.Model!.Phrases.Count + 1);
            Assert.Contains("both become the C# name 'Hold.Ask'", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_part_equal_to_its_class_except_for_format_characters_is_rejected()
        {
            Assert.Contains("of the same name", Rejected("Greeting.Greeting\u00AD"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("인사.전화받기")]
        [InlineData("问候.来电")]
        [InlineData("問候.來電")]
        [InlineData("Greeting.첫인사")]
        [InlineData("_Internal.Note")]
        [InlineData("Greeting.Inbound_Call2")]
        [InlineData("Complaint.Escalate.Supervisor")]
        [InlineData("Greeting.class")]
        [InlineData("Ⅻ.Roman")]
        public void Valid_keys_including_Hangul_and_Han_letters_become_member_paths(string key)
        {
            var result = Build(key);

            Assert.Empty(result.Problems);
            Assert.Equal(key.Split('.'), result.Phrase(key).Path);
        }

        [Fact]
        public void Sibling_and_nested_keys_share_classes_without_colliding()
        {
            var result = Build("Complaint.Escalate.Supervisor", "Complaint.Escalate.Manager", "Complaint.Apologize", "Hold.Ask");

            Assert.Empty(result.Problems);
            Assert.Equal(4, result.Model!.Phrases.Count);
            Assert.Equal(new[] { "Complaint.Apologize", "Complaint.Escalate.Manager", "Complaint.Escalate.Supervisor", "Hold.Ask" }, result.Model.Phrases.Select(p => p.Key));
        }

        [Fact]
        public void Forbidden_keys_never_become_members_so_they_do_not_collide_with_approved_keys()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Banned.Wei", "您好"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Wei", "喂"))));

            Assert.Empty(result.Problems);
            Assert.Single(result.Model!.Phrases);
            Assert.Single(result.Model.Forbidden);
        }
    }
}
