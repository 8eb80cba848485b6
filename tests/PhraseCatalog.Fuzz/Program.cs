using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace PhraseCatalog.Fuzz
{
    /// <summary>
    /// <c>PhraseCatalog.Fuzz TARGET</c>: serve afl-fuzz (SharpFuzz's out-of-process mode, one process
    /// for many inputs). <c>PhraseCatalog.Fuzz TARGET FILE...</c>: run each file once and print what
    /// went wrong, to reproduce a crash without afl.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
            {
                Console.Error.WriteLine("usage: PhraseCatalog.Fuzz {" + string.Join("|", FuzzTargets.Names) + "} [FILE...]");
                return 2;
            }

            string target = args[0];
            if (args.Length > 1)
            {
                return Replay(target, args.Skip(1).ToArray());
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                FuzzTargets.Run(target, buffer.ToArray());
            });
            return 0;
        }

        private static int Replay(string target, string[] files)
        {
            int failed = 0;
            foreach (string file in files)
            {
                try
                {
                    FuzzTargets.Run(target, File.ReadAllBytes(file));
                    Console.WriteLine("ok      " + file);
                }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type, and goes on with the next file.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failed++;
                    Console.WriteLine("FAILED  " + file);
                    Console.WriteLine(ex);
                }
            }

            return failed == 0 ? 0 : 1;
        }
    }
}
