using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace PhraseCatalog.Catalog.Tests;

public class ApprovedCatalogTests
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static IEnumerable<object[]> AllFiles() =>
        PhraseFile.Cultures.SelectMany(c => new[] { new object[] { Repo.ApprovedFile(c) }, new object[] { Repo.ForbiddenFile(c) } });

    public static IEnumerable<object[]> Cultures => Catalog.Cultures;

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Phrase_file_is_a_plain_standard_resx(string path)
    {
        var problems = new List<string>();
        var bytes = File.ReadAllBytes(path);
        var text = new UTF8Encoding(false, true).GetString(bytes); // throws on invalid UTF-8
        if (!text.TrimStart('\uFEFF').StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", StringComparison.Ordinal))
        {
            problems.Add("missing <?xml version=\"1.0\" encoding=\"utf-8\"?>");
        }

        var file = PhraseFile.Load(path);
        var root = file.Document.Root!;
        if (root.Name != "root")
        {
            problems.Add("root element is not <root>");
        }

        var headers = root.Elements("resheader").ToDictionary(h => (string?)h.Attribute("name") ?? "", h => h.Element("value")?.Value ?? "", StringComparer.Ordinal);
        void Header(string name, Func<string, bool> ok)
        {
            if (!headers.TryGetValue(name, out var v) || !ok(v))
            {
                problems.Add($"resheader '{name}' missing or wrong");
            }
        }

        Header("resmimetype", v => v == "text/microsoft-resx");
        Header("version", v => v == "2.0");
        Header("reader", v => v.StartsWith("System.Resources.ResXResourceReader", StringComparison.Ordinal));
        Header("writer", v => v.StartsWith("System.Resources.ResXResourceWriter", StringComparison.Ordinal));

        foreach (var element in root.Elements())
        {
            var name = element.Name.LocalName;
            if (name is not ("resheader" or "data" or "schema"))
            {
                problems.Add($"unexpected element <{name}>");
            }
        }

        foreach (var data in root.Elements("data"))
        {
            var key = (string?)data.Attribute("name");
            if (data.Attribute("type") is not null || data.Attribute("mimetype") is not null)
            {
                problems.Add($"{key}: type/mimetype attribute");
            }

            if ((string?)data.Attribute(Xml + "space") != "preserve")
            {
                problems.Add($"{key}: missing xml:space=\"preserve\"");
            }

            if (data.Elements("value").Count() != 1 || data.Elements("comment").Count() != 1
                || data.Elements().Any(e => e.Name.LocalName is not ("value" or "comment")))
            {
                problems.Add($"{key}: expected exactly one <value> and one <comment>");
            }
        }

        var keys = file.Entries.Select(e => e.Key).ToList();
        problems.AddRange(keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"duplicate key {g.Key}"));
        var sorted = keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (!keys.SequenceEqual(sorted, StringComparer.Ordinal))
        {
            problems.Add("keys are not sorted (ordinal)");
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Fact]
    public void Every_approved_key_exists_in_all_three_cultures_in_the_same_order()
    {
        var reference = PhraseFile.Approved("zh-Hans").Entries.Select(e => e.Key).ToList();
        Assert.True(reference.Count >= 100, $"only {reference.Count} keys");
        foreach (var culture in PhraseFile.Cultures)
        {
            var keys = PhraseFile.Approved(culture).Entries.Select(e => e.Key).ToList();
            var missing = reference.Except(keys, StringComparer.Ordinal).ToList();
            var extra = keys.Except(reference, StringComparer.Ordinal).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0, $"{culture}: missing {string.Join(", ", missing)}; extra {string.Join(", ", extra)}");
            Assert.Equal(reference, keys);
        }
    }

    [Fact]
    public void Placeholders_are_well_formed_and_the_same_set_in_every_culture()
    {
        var problems = new List<string>();
        foreach (var key in Catalog.CommonApprovedKeys())
        {
            var signatures = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var culture in PhraseFile.Cultures)
            {
                var value = PhraseFile.Approved(culture).ByKey[key].Value;
                Placeholders.Parse(value, out var errors);
                problems.AddRange(errors.Select(e => $"{culture} {key}: {e}"));
                signatures[culture] = Placeholders.Signature(value);
            }

            if (signatures.Values.Distinct(StringComparer.Ordinal).Count() > 1)
            {
                problems.Add($"{key}: placeholders differ: " + string.Join("; ", signatures.Select(kv => $"{kv.Key}=[{kv.Value}]")));
            }
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Theory]
    [InlineData("Greeting.InboundCall", "")]
    [InlineData("Greeting.KnownCustomer", "surname:string,title:string")]
    [InlineData("Hold.AskToWait", "")]
    [InlineData("Hold.ThanksForWaiting", "")]
    [InlineData("Complaint.ReplyWithin", "hours:int")]
    [InlineData("Closing.AnythingElse", "")]
    [InlineData("Closing.ThanksForCalling", "")]
    public void Keys_the_sample_and_tests_depend_on_exist_with_their_exact_placeholders(string key, string signature)
    {
        foreach (var culture in PhraseFile.Cultures)
        {
            Assert.True(PhraseFile.Approved(culture).ByKey.TryGetValue(key, out var entry), $"{culture}: {key} missing");
            Assert.Equal(signature, Placeholders.Signature(entry!.Value));
        }
    }

    [Fact]
    public void Known_customer_greeting_reads_naturally_in_each_culture()
    {
        Assert.StartsWith("{surname}{title}，您好！", PhraseFile.Approved("zh-Hans").ByKey["Greeting.KnownCustomer"].Value, StringComparison.Ordinal);
        Assert.StartsWith("{surname}{title}，您好！", PhraseFile.Approved("zh-Hant").ByKey["Greeting.KnownCustomer"].Value, StringComparison.Ordinal);
        Assert.StartsWith("{surname} {title}님, ", PhraseFile.Approved("ko").ByKey["Greeting.KnownCustomer"].Value, StringComparison.Ordinal);
    }

    // Every situation issue 3 lists, with the key(s) that carry it.
    [Theory]
    [InlineData("greeting: inbound, outbound, returning the caller's greeting, known caller, holiday prefix",
        "Greeting.InboundCall", "Greeting.OutboundCall", "Greeting.ReturnCallerGreeting", "Greeting.KnownCustomer", "Greeting.Holiday")]
    [InlineData("silent line: first prompt, repeat, closing", "SilentLine.FirstPrompt", "SilentLine.Repeat", "SilentLine.Close")]
    [InlineData("cannot hear: hands-free, low volume, noisy line, caller cannot hear agent, too fast",
        "CannotHear.HandsFree", "CannotHear.LowVolume", "CannotHear.NoisyLine", "CannotHear.CanYouHearMe", "CannotHear.RaiseVoice", "CannotHear.TooFast")]
    [InlineData("dialect: standard language, someone who speaks it", "Dialect.AskForStandardLanguage", "Dialect.AskForAnotherSpeaker")]
    [InlineData("information: looking up, cannot answer at once, hand over, wrong number, private calls, note down, internal departments, staff number only",
        "Information.LookingUp", "Information.CannotAnswerNow", "Information.AskColleague", "Information.Transfer", "Information.WrongNumber",
        "Information.PrivateCall", "Information.PleaseNoteDown", "Information.InternalDepartment", "Information.StaffIdOnly")]
    [InlineData("hold: ask with consent, thanks for waiting, don't hang up, still there",
        "Hold.AskToWait", "Hold.ThanksForWaiting", "Hold.DoNotHangUp", "Hold.AreYouStillThere")]
    [InlineData("confirmation: repeat back", "Confirmation.RepeatBack")]
    [InlineData("complaints: hard to reach, abusive, slow agent, attitude, agent's mistake, escalate, reply window",
        "Complaint.HardToReach", "Complaint.AbusiveCaller", "Complaint.SlowAgent", "Complaint.Attitude", "Complaint.AgentMistake",
        "Complaint.Escalate", "Complaint.NoAnswerYet", "Complaint.ReplyWithin")]
    [InlineData("feedback: suggestion, forgiveness, caller apologises, caller thanks or praises",
        "Feedback.Suggestion", "Feedback.AskForgiveness", "Feedback.CallerApologises", "Feedback.CallerThanks", "Feedback.CallerPraises")]
    [InlineData("boundaries: harassment, personal invitation, request we cannot meet",
        "Boundary.Harassment", "Boundary.PersonalInvitation", "Boundary.CannotHelp", "Boundary.OutOfScope")]
    [InlineData("callback: leave a number, ask the surname, thank and close", "Callback.LeaveNumber", "Callback.AskSurname", "Callback.ThanksAndClose")]
    [InlineData("technical: slow system, equipment fault", "Technical.SlowSystem", "Technical.EquipmentFault")]
    [InlineData("closing: check understanding, anything else, thanks for calling, caller silent",
        "Closing.CheckUnderstanding", "Closing.AnythingElse", "Closing.ThanksForCalling", "Closing.CallerSilent")]
    [InlineData("chat: close the window, leave a contact ID", "Chat.CloseWindow", "Chat.LeaveContactId")]
    [InlineData("visits: appointment call, late arrival, end of visit", "Visit.AppointmentCall", "Visit.RunningLate", "Visit.LateArrival", "Visit.ThanksForCooperation")]
    [InlineData("requests: accepted with a deadline, not resolved yet, resolved", "Request.AcceptedWithin", "Request.NotResolvedYet", "Request.Resolved")]
    public void Every_situation_of_issue_3_is_covered(string situation, params string[] keys)
    {
        var common = Catalog.CommonApprovedKeys();
        var missing = keys.Where(k => !common.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"{situation}: missing {string.Join(", ", missing)}");
    }

    [Fact]
    public void Keys_are_valid_scenario_paths_and_do_not_collide()
    {
        var problems = new List<string>();
        foreach (var culture in PhraseFile.Cultures)
        {
            foreach (var file in new[] { PhraseFile.Approved(culture), PhraseFile.Forbidden(culture) })
            {
                problems.AddRange(file.Entries.SelectMany(e => Checks.KeyProblems(e.Key)).Select(p => $"{Path.GetFileName(file.Path)}: {p}"));
                problems.AddRange(Checks.KeyCollisions(file.Entries.Select(e => e.Key)).Select(p => $"{Path.GetFileName(file.Path)}: {p}"));
            }
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Fact]
    public void Every_entry_has_an_English_comment_and_the_same_comment_in_every_culture()
    {
        var problems = new List<string>();
        foreach (var culture in PhraseFile.Cultures)
        {
            foreach (var file in new[] { PhraseFile.Approved(culture), PhraseFile.Forbidden(culture) })
            {
                foreach (var e in file.Entries)
                {
                    var latin = e.Comment.Count(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'));
                    if (latin < 10)
                    {
                        problems.Add($"{Path.GetFileName(file.Path)} {e.Key}: comment missing or not in English");
                    }

                    problems.AddRange(Checks.WhitespaceProblems(e.Comment.Replace('\n', ' ')).Select(p => $"{Path.GetFileName(file.Path)} {e.Key} comment: {p}"));
                }
            }
        }

        foreach (var key in Catalog.CommonApprovedKeys())
        {
            var comments = PhraseFile.Cultures.Select(c => PhraseFile.Approved(c).ByKey[key].Comment).Distinct(StringComparer.Ordinal).Count();
            if (comments != 1)
            {
                problems.Add($"{key}: the comment differs between cultures");
            }
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Approved_texts_are_clean_and_complete(string culture)
    {
        var problems = new List<string>();
        foreach (var e in PhraseFile.Approved(culture).Entries)
        {
            var found = Checks.WhitespaceProblems(e.Value, culture)
                .Concat(Checks.TemplateMarkProblems(e.Value, culture))
                .Concat(culture == "ko" ? Checks.KoreanProblems(e.Value) : Checks.ChineseProblems(culture, e.Value));
            problems.AddRange(found.Select(p => $"{e.Key} '{e.Value}': {p}"));
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("zh-Hant")]
    public void Chinese_texts_address_the_customer_as_nin_never_ni(string culture)
    {
        var problems = PhraseFile.Approved(culture).Entries
            .Where(e => Checks.InformalAddressProblems(e.Value).Count > 0 && !ReviewedExceptions.Allows("ni", e.Key, e.Value))
            .Select(e => $"{e.Key}: '{e.Value}' uses 你")
            .ToList();
        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void No_two_keys_of_one_scenario_carry_the_same_text(string culture)
    {
        // The generator's PHR0016, part (b): the same text under two keys of one scenario.
        var duplicates = GeneratorRules.StandardFindings("PHR0016", culture).Where(f => f.Contains("pasted twice", StringComparison.Ordinal)).ToList();
        Assert.True(duplicates.Count == 0, Catalog.Report(duplicates));
    }

    [Fact]
    public void Zh_Hant_text_is_converted_not_copied_from_zh_Hans()
    {
        // The generator's PHR0016, part (a): a Chinese text identical in both scripts although they differ for it.
        var copied = GeneratorRules.StandardFindings("PHR0016").Where(f => !f.Contains("pasted twice", StringComparison.Ordinal)).ToList();
        Assert.True(copied.Count == 0, "zh-Hant identical to zh-Hans: " + string.Join(", ", copied));
    }

    [Fact]
    public void Key_references_in_comments_name_existing_keys()
    {
        var scenarios = Catalog.Scenarios();
        var keys = Catalog.AllKeys();
        var problems = new List<string>();
        foreach (var culture in PhraseFile.Cultures)
        {
            foreach (var e in PhraseFile.Approved(culture).Entries.Concat(PhraseFile.Forbidden(culture).Entries))
            {
                problems.AddRange(Checks.KeyReferences(e.Comment, scenarios).Where(r => !keys.Contains(r)).Select(r => $"{culture} {e.Key}: comment names unknown key {r}"));
            }
        }

        Assert.True(problems.Count == 0, Catalog.Report(problems));
    }
}
