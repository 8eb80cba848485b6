using System;
using System.IO;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are
    /// flushed to disk, and the temporary file is then renamed over the target (one rename, atomic
    /// on the same volume). A crash at any point leaves either the old file or the new one, never a
    /// half-written one; a failure removes the temporary file. A replaced file keeps its permissions.
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
                bool exists = File.Exists(full);

                // A read-only file (a version-control checkout, a locked release) is not replaced behind
                // its owner's back; the message names the file, not the temporary one.
                if (exists && (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
                {
                    throw new UnauthorizedAccessException("'" + full + "' is read-only; make it writable (or check it out) and run again");
                }

                // Replacing a file keeps its permissions: the temporary file starts as a copy of the
                // target (File.Copy carries the Unix mode; a new file would get the umask's 0644 and a
                // private 0600 phrase file would become world-readable), then its content is replaced.
                if (exists) File.Copy(full, temp, overwrite: false);
                using (var stream = new FileStream(temp, exists ? FileMode.Truncate : FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                if (exists)
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
