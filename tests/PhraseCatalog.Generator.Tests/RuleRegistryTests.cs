using System.Linq;
using Microsoft.CodeAnalysis;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Generator.Pipeline;

namespace PhraseCatalog.Generator.Tests;

/// <summary>One rule registry: the generator's descriptors are exactly the core's rule table.</summary>
public class RuleRegistryTests
{
    [Fact]
    public void Every_rule_of_the_core_has_one_descriptor_built_from_it_and_no_descriptor_is_extra()
    {
        var rules = PhraseRules.All.ToDictionary(r => r.Id);
        var descriptors = Diagnostics.All.ToList();
        Assert.Equal(rules.Keys.Order(), descriptors.Select(d => d.Id).Order());
        foreach (var descriptor in descriptors)
        {
            var rule = rules[descriptor.Id];
            Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.Description, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(PhraseRules.Category, descriptor.Category);
            var expected = rule.Severity switch
            {
                RuleSeverity.Error => DiagnosticSeverity.Error,
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            Assert.Equal(expected, descriptor.DefaultSeverity);
        }
    }
}
