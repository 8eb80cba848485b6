using System;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>
    /// One text in one culture's phrase file, built through <c>CatalogBuilder.Build</c> as the generator
    /// builds it. The entry is on line 3 (see <see cref="Resx"/>), so a finding's column is the value's
    /// first column plus the index of the offending characters in the value as written.
    /// </summary>
    internal static class QualityCase
    {
        public const string Key = "Test.Text";

        public const int Line = Resx.FirstEntryLine;

        public static string FileName(string culture) => "CallCenter." + culture + ".resx";

        public static CatalogResult Build(string culture, string rawValue) =>
            Catalogs.Build((FileName(culture), Resx.Entries((Key, rawValue))));

        public static IReadOnlyList<PhraseProblem> Problems(string culture, string rawValue, string ruleId) =>
            Build(culture, rawValue).Problems.Where(p => p.RuleId == ruleId).ToList();

        /// <summary>
        /// Asserts that the rule reports exactly one finding for the text, spanning exactly
        /// <paramref name="found"/> (its first occurrence, or <paramref name="occurrence"/>) on line 3,
        /// with the given effective severity; returns it.
        /// </summary>
        public static PhraseProblem Single(string culture, string rawValue, string ruleId, string found, RuleSeverity severity = RuleSeverity.Warning, int occurrence = 1)
        {
            var problems = Problems(culture, rawValue, ruleId);
            Assert.True(problems.Count == 1, $"Expected one {ruleId} for '{rawValue}' ({culture}), got {problems.Count}:\n" + string.Join("\n", problems));
            var problem = problems[0];
            AssertAt(problem, culture, rawValue, found, occurrence);
            Assert.Equal(severity, problem.EffectiveSeverity);
            return problem;
        }

        /// <summary>Asserts the problem spans exactly the <paramref name="occurrence"/>-th <paramref name="found"/> of the value, on line 3.</summary>
        public static void AssertAt(PhraseProblem problem, string culture, string rawValue, string found, int occurrence = 1)
        {
            int index = -1;
            for (int i = 0; i < occurrence; i++)
            {
                index = rawValue.IndexOf(found, index + 1, StringComparison.Ordinal);
                Assert.True(index >= 0, $"'{found}' is not in '{rawValue}'");
            }

            Assert.NotNull(problem.Span);
            Assert.Equal(Catalogs.PathOf(FileName(culture)), problem.Span!.Path);
            int column = Resx.ValueColumn(Key) + index;
            Assert.True((Line, column) == (problem.Span.Line, problem.Span.Column), $"Expected ({Line},{column}) for '{found}', got ({problem.Span.Line},{problem.Span.Column}): {problem}");
            Assert.Equal(found.Length, problem.Span.Length);
            Assert.Equal((Line, column + found.Length), (problem.Span.EndLine, problem.Span.EndColumn));
        }

        public static void None(string culture, string rawValue, string ruleId)
        {
            var problems = Problems(culture, rawValue, ruleId);
            Assert.True(problems.Count == 0, $"Expected no {ruleId} for '{rawValue}' ({culture}):\n" + string.Join("\n", problems));
        }
    }
}
