using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>The Roslyn-free identifier rules must agree with the compiler, because generated code must compile.</summary>
    public class IdentifiersTests
    {
        [Fact]
        public void Start_and_part_characters_agree_with_Roslyn_for_every_BMP_character()
        {
            var startDisagreements = new List<string>();
            var partDisagreements = new List<string>();
            for (int i = 0; i <= 0xFFFF; i++)
            {
                char c = (char)i;
                if (Identifiers.IsStart(c) != SyntaxFacts.IsIdentifierStartCharacter(c)) startDisagreements.Add(Describe(c));
                if (Identifiers.IsPart(c) != SyntaxFacts.IsIdentifierPartCharacter(c)) partDisagreements.Add(Describe(c));
            }

            Assert.Empty(startDisagreements);
            Assert.Empty(partDisagreements);
        }

        [Fact]
        public void Whole_names_agree_with_Roslyn_for_every_BMP_character_as_start_and_as_part()
        {
            var disagreements = new List<string>();
            for (int i = 0; i <= 0xFFFF; i++)
            {
                char c = (char)i;
                foreach (var name in new[] { c.ToString(), c + "a", "a" + c, "a" + c + "b" })
                {
                    if (Identifiers.IsValid(name) != SyntaxFacts.IsValidIdentifier(name)) disagreements.Add(Describe(c) + " in \"" + name + "\"");
                }
            }

            Assert.Empty(disagreements);
        }

        [Theory]
        [InlineData("Greeting", true)]
        [InlineData("인사", true)]
        [InlineData("问候", true)]
        [InlineData("_x1", true)]
        [InlineData("ⅫRoman", true)]
        [InlineData("a\u0301", true)]
        [InlineData("a\u200B", true)]
        [InlineData("", false)]
        [InlineData(null, false)]
        [InlineData("1st", false)]
        [InlineData("in-bound", false)]
        [InlineData("in bound", false)]
        [InlineData("@class", false)]
        [InlineData("\u0301a", false)]
        [InlineData("\U0002000B", false)]
        public void Examples(string? name, bool valid)
        {
            Assert.Equal(valid, Identifiers.IsValid(name));
            Assert.Equal(valid, SyntaxFacts.IsValidIdentifier(name));
        }

        [Theory]
        [InlineData("Contoso.CallCenter", true)]
        [InlineData("PhraseCatalog", true)]
        [InlineData("Contoso..CallCenter", false)]
        [InlineData("Contoso.1CallCenter", false)]
        [InlineData("", false)]
        public void Namespaces_are_dotted_identifiers(string name, bool valid)
        {
            Assert.Equal(valid, Identifiers.IsValidNamespace(name));
        }

        [Fact]
        public void Canonical_names_drop_exactly_the_characters_the_compiler_ignores()
        {
            // Every formatting character that may appear in an identifier makes 'A<c>' a second 'A' (CS0102).
            var format = Enumerable.Range(0x80, 0x10000 - 0x80)
                .Select(i => (char)i)
                .Where(c => Identifiers.IsPart(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                .ToList();
            Assert.NotEmpty(format);

            var source = new StringBuilder("public static class G { public static int A => 0;\n");
            foreach (char c in format) source.Append("public static int A").Append(c).Append(" => 0;\n");
            source.Append('}');
            var duplicates = Compile(source.ToString()).Where(d => d.Id == "CS0102").ToList();

            Assert.Equal(format.Count, duplicates.Count);
            Assert.All(format, c => Assert.Equal("A", Identifiers.Canonical("A" + c)));
            Assert.Equal("인사", Identifiers.Canonical("인\u200D사"));
            Assert.Same("Greeting", Identifiers.Canonical("Greeting"));
        }

        [Fact]
        public void The_object_member_names_a_key_may_not_use_are_exactly_those_the_compiler_warns_about()
        {
            var candidates = typeof(object)
                .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .OfType<MethodBase>()
                .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)
                .Select(m => m.Name)
                .Where(SyntaxFacts.IsValidIdentifier)
                .Distinct()
                .ToList();

            // A generated phrase property and a generated scenario class, each named after an object member.
            var source = new StringBuilder("public static class P {\n");
            foreach (var name in candidates) source.Append("public static string ").Append(name).Append(" { get; } = \"\";\n");
            source.Append("}\npublic static class C {\n");
            foreach (var name in candidates) source.Append("public static partial class ").Append(name).Append(" { }\n");
            source.Append('}');

            var hidden = Compile(source.ToString())
                .Where(d => d.Id == "CS0108")
                .Select(d => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan))
                .ToList();

            Assert.Equal(KeyValidator.ObjectMemberNames.OrderBy(n => n, StringComparer.Ordinal), hidden.Distinct().OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(2 * KeyValidator.ObjectMemberNames.Length, hidden.Count);
        }

        [Fact]
        public void The_reserved_root_names_are_the_members_the_generated_catalog_class_declares()
        {
            Assert.Equal(new[] { "Cultures", "PhraseData", "Phrases" }, KeyValidator.ReservedRootNames);
        }

        private static IReadOnlyList<Diagnostic> Compile(string source)
        {
            string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var references = new[]
            {
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")),
            };
            var compilation = CSharpCompilation.Create(
                "Identifiers",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999));
            var diagnostics = compilation.GetDiagnostics();
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0102");
            return diagnostics;
        }

        private static string Describe(char c) =>
            "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " (" + CharUnicodeInfo.GetUnicodeCategory(c) + ")";
    }
}
