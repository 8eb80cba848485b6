using System.Collections.Generic;
using System.IO;
using System.Linq;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Exchange;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Exchange.Tests
{
    public class FixtureTests
    {
        [Fact]
        public void The_sample_catalog_has_no_error_or_warning_so_every_refusal_in_these_tests_is_the_one_provoked()
        {
            using var workspace = new Workspace();
            var catalogs = PhraseFolder.Load(PhraseFolder.Collect(new[] { workspace.Phrases }, new List<string>()), ExchangeSettings.Default);
            var catalog = Assert.Single(catalogs);
            var problems = CatalogPipeline.Model(catalog.Input, ExchangeSettings.Default.ToOptions()).Problems
                .Where(p => p.EffectiveSeverity >= RuleSeverity.Warning && p.RuleId != PhraseRules.MissingTranslationId)
                .Select(p => p.ToString())
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
