using System;
using System.Collections.Generic;
using System.Text;
using PhraseCatalog;
using PhraseCatalog.Standard;

namespace CallCenterDemo
{
    /// <summary>
    /// Plays a short call in each requested culture: the IVR prompts from this app's own phrase
    /// files (catalog <c>Demo</c>, generated as <see cref="Demo"/>), then the agent's side from the
    /// standard catalog <see cref="CallCenter"/> that ships in the PhraseCatalog package.
    /// </summary>
    internal static class Program
    {
        private static readonly string[] DefaultCultures = { "zh-Hans", "zh-Hant", "ko" };

        private const string Usage =
            "Usage: CallCenter.Demo [--culture <name>]\n" +
            "\n" +
            "Plays a short call: IVR prompts, greeting, hold, complaint reply window, closing.\n" +
            "Without options it plays the call in zh-Hans, zh-Hant and ko.\n" +
            "\n" +
            "  --culture <name>  play only in this culture; any BCP 47 name is resolved to a\n" +
            "                    catalog culture (zh-TW, zh-HK → zh-Hant; zh-CN, zh → zh-Hans; ko-KR → ko)\n" +
            "  -h, --help        show this help";

        private static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

            var cultures = new List<string>();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "-h":
                    case "--help":
                        Console.WriteLine(Usage);
                        return 0;
                    case "--culture" when i + 1 < args.Length && args[i + 1].Trim().Length > 0 && !args[i + 1].StartsWith("-", StringComparison.Ordinal):
                        cultures.Add(args[++i].Trim());
                        break;
                    default:
                        Console.Error.WriteLine(args[i] == "--culture" ? "--culture needs a culture name, e.g. --culture zh-TW." : $"Unknown option '{args[i]}'.");
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }

            if (cultures.Count == 0) cultures.AddRange(DefaultCultures);

            bool first = true;
            foreach (string culture in cultures)
            {
                if (!first) Console.WriteLine();
                first = false;
                PlayCall(culture);
            }

            return 0;
        }

        private static void PlayCall(string requested)
        {
            // Culture resolution works on names (no CultureInfo needed): zh-TW → zh-Hant, ko-KR → ko,
            // an unknown culture → the catalog's default culture.
            string resolved = CallCenter.Cultures.ResolveName(requested);
            string demoResolved = Demo.Cultures.ResolveName(requested);
            Console.WriteLine(demoResolved == resolved
                ? $"=== {requested} → {resolved} ==="
                : $"=== {requested} → {resolved} (Demo catalog: {demoResolved}) ===");

            // This app's own catalog, from phrases/Demo.<culture>.resx.
            Say("IVR", Demo.Ivr.Welcome.Text(requested));
            Say("IVR", Demo.Ivr.MainMenu.Text(requested));
            Say("IVR", Demo.Ivr.QueuePosition(queuePosition: 3).Text(requested));

            // The standard catalog compiled into the runtime library. A phrase without
            // placeholders is a property of type Phrase; with placeholders, a method whose
            // parameters are the placeholders, returning a PhraseMessage.
            Say("Agent", CallCenter.Greeting.InboundCall.Text(requested));
            var (surname, title) = SampleCaller(resolved);
            PhraseMessage greeting = CallCenter.Greeting.KnownCustomer(surname: surname, title: title);
            Say("Agent", greeting.Text(requested));
            Say("Agent", CallCenter.Hold.AskToWait.Text(requested));
            Say("Agent", CallCenter.Hold.ThanksForWaiting.Text(requested));
            Say("Agent", CallCenter.Complaint.ReplyWithin(hours: 24).Text(requested));
            Say("Agent", CallCenter.Closing.AnythingElse.Text(requested));
            Say("Agent", CallCenter.Closing.ThanksForCalling.Text(requested));
        }

        /// <summary>A caller's surname and form of address as said in the resolved culture.</summary>
        private static (string Surname, string Title) SampleCaller(string resolvedCulture) => resolvedCulture switch
        {
            "zh-Hant" => ("陳", "小姐"),
            "ko" => ("김", "고객"),
            _ => ("王", "先生"),
        };

        private static void Say(string speaker, string text) => Console.WriteLine($"  [{speaker}] {text}");
    }
}
