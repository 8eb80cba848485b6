using System;
using System.IO;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are
    /// flushed to disk, and the temporary file is then renamed over the target (one rename, atomic
    /// on the same volume). A crash at any point leaves either the old file or the new one, never a
    /// half-written one; a failure removes the temporary file.
    /// </summary>
    internal static class AtomicFile
    {
        public static void Write(string path, byte[] bytes)
        {
            string full = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(full) ?? ".";
            string temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                if (File.Exists(full))
                {
                    File.Replace(temp, full, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(temp, full);
                }
            }
            finally
            {
                if (File.Exists(temp))
                {
                    try
                    {
                        File.Delete(temp);
                    }
                    catch (IOException)
                    {
                        // The original error (if any) is the one to report; a stray temporary file is harmless.
                    }
                    catch (UnauthorizedAccessException)
                    {
                    }
                }
            }
        }
    }
}
