using System;
using System.IO;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// Writes a command's output file whole or not at all, with the core's <see cref="Core.Exchange.AtomicFile"/>
    /// (one implementation for the XLIFF import's resx edits and every output), and says what went
    /// wrong in one line instead of an exception.
    /// </summary>
    internal static class OutputFile
    {
        public static void Write(string path, byte[] content)
        {
            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? throw new ToolException($"'{path}' has no folder.");
            if (!Directory.Exists(directory)) throw new ToolException($"The folder of '{path}' does not exist.");
            try
            {
                Core.Exchange.AtomicFile.Write(full, content);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"'{path}' cannot be written: {ex.Message}");
            }
        }
    }
}
