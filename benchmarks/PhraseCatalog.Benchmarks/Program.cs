using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/PhraseCatalog.Benchmarks -- --filter '*'</c>.
/// Without a <c>--job</c> argument every benchmark runs a short job (one launch, 3 warm-up and 10
/// measured iterations), so the whole suite takes minutes; any <c>--job</c> on the command line
/// replaces it (for example <c>--job default</c> for BenchmarkDotNet's full statistics).
/// </summary>
public static class Program
{
    /// <summary>The short job used unless the command line names another.</summary>
    public static Job ShortJob { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithId("Short")
        .AsDefault();

    public static void Main(string[] args)
    {
        // "--write-catalog N DIR": write the N-key synthetic catalog as phrase files, for whole-process
        // measurements of the phrasecatalog tool (docs/benchmarks.md).
        if (args.Length == 3 && args[0] == "--write-catalog")
        {
            int keys = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            System.IO.Directory.CreateDirectory(args[2]);
            for (int c = 0; c < SyntheticCatalog.Cultures.Length; c++)
            {
                string path = System.IO.Path.Combine(args[2], "Synthetic." + SyntheticCatalog.Cultures[c] + ".resx");
                System.IO.File.WriteAllText(path, SyntheticCatalog.Resx(keys, c), new System.Text.UTF8Encoding(false));
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(ShortJob));
    }
}
