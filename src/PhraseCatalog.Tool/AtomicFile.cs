using System;
using System.IO;

namespace PhraseCatalog.Tool
{
    /// <summary>Writes a file whole or not at all: a temporary file beside it, then a rename.</summary>
    internal static class AtomicFile
    {
        public static void Write(string path, byte[] content)
        {
            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? throw new ToolException($"'{path}' has no folder.");
            if (!Directory.Exists(directory)) throw new ToolException($"The folder of '{path}' does not exist.");
            string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            try
            {
                File.WriteAllBytes(temp, content);
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                throw new ToolException($"'{path}' cannot be written: {ex.Message}");
            }
        }

        private static void TryDelete(string path)
        {
            try
            {
                if (File.Exists(path)) File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: the temporary name never collides with a real file.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
