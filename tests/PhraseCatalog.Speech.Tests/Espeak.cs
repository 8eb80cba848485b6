using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>
    /// Runs Debian's espeak-ng, sox and xmllint (installed by .ci/run). espeak-ng picks its voice from
    /// the SSML <c>xml:lang</c>, and for zh-CN and zh-TW it would pick <c>cmn</c>, which reads Chinese
    /// characters through pinyin spelled as English ("nin two"); so the engine runs on a private copy
    /// of its voice list in which the pinyin voice answers to zh-CN and zh-TW and the Cantonese voice
    /// to zh-HK. The data itself is linked, not copied.
    /// </summary>
    internal sealed class Espeak
    {
        private const string SystemData = "/usr/lib/x86_64-linux-gnu/espeak-ng-data";

        public static readonly Lazy<Espeak> Instance = new Lazy<Espeak>(() => new Espeak());

        private Espeak()
        {
            foreach (var tool in new[] { "espeak-ng", "sox", "xmllint" })
            {
                if (Run("sh", new[] { "-c", "command -v " + tool }, null).ExitCode != 0)
                {
                    throw new InvalidOperationException(tool + " is missing: .ci/run installs espeak-ng, sox and libxml2-utils (apt-get install -y espeak-ng sox libxml2-utils).");
                }
            }

            WorkDirectory = Path.Combine(Path.GetTempPath(), "phrasecatalog-speech-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Directory.Exists(WorkDirectory)) Directory.Delete(WorkDirectory, recursive: true);
            Directory.CreateDirectory(WorkDirectory);
            // Hundreds of WAV files: remove them when the test run ends.
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(WorkDirectory, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the OS to clean from /tmp.
                }
            };
            DataPath = Path.Combine(WorkDirectory, "espeak");
            string data = Path.Combine(DataPath, "espeak-ng-data");
            string systemData = Directory.Exists(SystemData) ? SystemData : FindSystemData();
            if (!Directory.Exists(data))
            {
                Directory.CreateDirectory(data);
                foreach (var entry in Directory.EnumerateFileSystemEntries(systemData))
                {
                    string name = Path.GetFileName(entry);
                    if (name == "lang") continue;
                    File.CreateSymbolicLink(Path.Combine(data, name), entry);
                }

                CopyDirectory(Path.Combine(systemData, "lang"), Path.Combine(data, "lang"));
                File.AppendAllText(Path.Combine(data, "lang", "sit", "cmn-Latn-pinyin"), "language zh-cn 1\nlanguage zh-tw 1\n");
                File.AppendAllText(Path.Combine(data, "lang", "sit", "yue"), "language zh-hk 1\n");
            }
        }

        public string WorkDirectory { get; }

        public string DataPath { get; }

        /// <summary>The espeak-ng voice for an SSML language.</summary>
        public static string VoiceFor(string language) => language switch
        {
            "zh-CN" or "zh-TW" => "cmn-latn-pinyin",
            "zh-HK" => "yue",
            "ko-KR" => "ko",
            _ => throw new ArgumentOutOfRangeException(nameof(language)),
        };

        /// <summary>
        /// Synthesizes every SSML file (with espeak-ng -m) to a WAV beside it and returns sox's
        /// "RMS lev dB" per file. One shell loop per voice, two at a time: the machine has two cores,
        /// and a shell starts each tool far faster than a .NET process would.
        /// </summary>
        public IReadOnlyDictionary<string, double> SynthesizeAll(IEnumerable<(string SsmlPath, string Voice)> files)
        {
            var results = new System.Collections.Concurrent.ConcurrentDictionary<string, double>(StringComparer.Ordinal);
            var byVoice = files.GroupBy(f => f.Voice).ToList();
            Parallel.ForEach(byVoice, new ParallelOptions { MaxDegreeOfParallelism = 2 }, group =>
            {
                string list = Path.Combine(WorkDirectory, "list-" + group.Key + ".txt");
                File.WriteAllLines(list, group.Select(f => f.SsmlPath));
                string script = "while IFS= read -r f; do w=\"${f%.ssml}.wav\"; espeak-ng -m -v " + group.Key + " -w \"$w\" -f \"$f\" || echo \"FAIL $f\"; "
                    + "printf '%s\\t%s\\n' \"$f\" \"$(sox \"$w\" -n stats 2>&1 | sed -n 's/^RMS lev dB *//p')\"; done < \"" + list + "\"";
                var run = Run("bash", new[] { "-c", script }, DataPath);
                foreach (var line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var parts = line.Split('\t');
                    if (parts.Length == 2 && double.TryParse(parts[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double rms)) results[parts[0]] = rms;
                    else if (parts.Length == 2) results[parts[0]] = double.NegativeInfinity;
                }
            });
            return results;
        }

        /// <summary>One SSML document to a WAV file.</summary>
        public string Synthesize(string ssml, string language, string name)
        {
            string ssmlPath = Path.Combine(WorkDirectory, name + ".ssml");
            string wavPath = Path.Combine(WorkDirectory, name + ".wav");
            File.WriteAllText(ssmlPath, ssml, new UTF8Encoding(false));
            var run = Run("espeak-ng", new[] { "-m", "-v", VoiceFor(language), "-w", wavPath, "-f", ssmlPath }, DataPath);
            if (run.ExitCode != 0) throw new InvalidOperationException("espeak-ng failed: " + run.Output);
            return wavPath;
        }

        /// <summary>What espeak-ng says for an SSML document, as IPA.</summary>
        public string Ipa(string ssml, string language, string name)
        {
            string ssmlPath = Path.Combine(WorkDirectory, name + ".ssml");
            File.WriteAllText(ssmlPath, ssml, new UTF8Encoding(false));
            var run = Run("espeak-ng", new[] { "-m", "-q", "--ipa", "-v", VoiceFor(language), "-f", ssmlPath }, DataPath);
            if (run.ExitCode != 0) throw new InvalidOperationException("espeak-ng failed: " + run.Output);
            return run.Output;
        }

        /// <summary>sox's "RMS lev dB" of a WAV file.</summary>
        public double RmsDb(string wavPath)
        {
            var run = Run("sox", new[] { wavPath, "-n", "stats" }, null);
            var line = run.Output.Split('\n').FirstOrDefault(l => l.StartsWith("RMS lev dB", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("sox stats printed no RMS: " + run.Output);
            string value = line.Substring("RMS lev dB".Length).Trim();
            return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double rms) ? rms : double.NegativeInfinity;
        }

        /// <summary>xmllint's verdict on documents against a schema, offline: (exit code, output).</summary>
        public (int ExitCode, string Output) XmlLint(string schemaPath, IEnumerable<string> documents)
        {
            var run = Run("xmllint", new[] { "--noout", "--nonet", "--schema", schemaPath }.Concat(documents), null);
            return (run.ExitCode, run.Output);
        }

        public string Write(string name, string content)
        {
            string path = Path.Combine(WorkDirectory, name);
            File.WriteAllText(path, content, new UTF8Encoding(false));
            return path;
        }

        private static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, string? dataPath)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            if (dataPath is not null) start.Environment["ESPEAK_DATA_PATH"] = dataPath;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error.Result);
        }

        private static string FindSystemData()
        {
            var found = Directory.EnumerateDirectories("/usr/lib", "espeak-ng-data", SearchOption.AllDirectories).FirstOrDefault()
                ?? Directory.EnumerateDirectories("/usr/share", "espeak-ng-data", SearchOption.AllDirectories).FirstOrDefault();
            return found ?? throw new InvalidOperationException("espeak-ng-data was not found under /usr/lib or /usr/share.");
        }

        private static void CopyDirectory(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            foreach (var directory in Directory.EnumerateDirectories(from)) CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
