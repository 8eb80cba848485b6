using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1007: a <c>phrasecatalog.*</c> key that is not an option, or a value that cannot be read.</summary>
public class PHR1007OptionTests
{
    private const string Options = "The options are phrasecatalog.include_standard_forbidden, phrasecatalog.near_match_max_edits, phrasecatalog.max_wrapper_depth, phrasecatalog.max_flow_depth.";

    // No string literal at all: the options of every file are still read.
    private const string Source = Verify.Prelude + "class Agent { }\n";

    private static DiagnosticResult BadOption(string message) => Verify.Diagnostic("PHR1007").WithArguments(message);

    [Fact]
    public Task Misspelled_key_suggests_the_option()
    {
        return Verify.Analyzer(
                Source,
                BadOption("'phrasecatalog.near_match_max_edit' is not a PhraseCatalog option; did you mean 'phrasecatalog.near_match_max_edits'? " + Options))
            .WithEditorConfig("phrasecatalog.near_match_max_edit = 1")
            .RunAsync();
    }

    [Fact]
    public Task Unknown_key_in_a_globalconfig()
    {
        return Verify.Analyzer(Source, BadOption("'phrasecatalog.colour' is not a PhraseCatalog option. " + Options))
            .WithGlobalConfig("phrasecatalog.colour = red")
            .RunAsync();
    }

    [Fact]
    public Task Values_out_of_range_or_of_the_wrong_kind()
    {
        return Verify.Analyzer(
                Source,
                BadOption("'phrasecatalog.include_standard_forbidden = yes' is not 'true' or 'false'; the default (true) is used"),
                BadOption("'phrasecatalog.max_flow_depth = -1' is not a whole number from 0 to 5; the default (3) is used"),
                BadOption("'phrasecatalog.near_match_max_edits = 3' is not a whole number from 0 to 2; the default (2) is used"))
            .WithEditorConfig("phrasecatalog.near_match_max_edits = 3\nphrasecatalog.include_standard_forbidden = yes\nphrasecatalog.max_flow_depth = -1")
            .RunAsync();
    }

    [Fact]
    public Task Bad_wrapper_depth_in_a_globalconfig()
    {
        return Verify.Analyzer(Source, BadOption("'phrasecatalog.max_wrapper_depth = 9' is not a whole number from 0 to 8; the default (4) is used"))
            .WithGlobalConfig("phrasecatalog.max_wrapper_depth = 9")
            .RunAsync();
    }

    [Fact]
    public Task Bad_value_falls_back_to_the_default()
    {
        // include_standard_forbidden = maybe → the default (true): the standard list is still searched.
        const string source = Verify.Prelude + """
            class Agent
            {
                string A() => "我{|#0:不知道|}";
            }
            """;
        return Verify.Analyzer(
                source,
                Verify.Diagnostic("PHR1003").WithLocation(0).WithArguments("不知道", "CallCenter.Banned.DontKnow", "; say Information.LookingUp or Information.AskColleague instead"),
                BadOption("'phrasecatalog.include_standard_forbidden = maybe' is not 'true' or 'false'; the default (true) is used"))
            .WithEditorConfig("phrasecatalog.include_standard_forbidden = maybe")
            .RunAsync();
    }

    [Fact]
    public Task Valid_options_and_other_keys_are_quiet()
    {
        return Verify.Analyzer(Source)
            .WithEditorConfig("phrasecatalog.near_match_max_edits = 1\nphrasecatalog.include_standard_forbidden = false\nphrasecatalog.max_flow_depth = 5\ndotnet_diagnostic.CA1303.severity = none\nphrase_catalog.x = 1")
            .WithGlobalConfig("phrasecatalog.max_wrapper_depth = 0")
            .RunAsync();
    }
}
