using System;
using System.IO;
using System.Text;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// A phrase file as bytes and as text: the byte-order mark and encoding it was saved with are
    /// kept, so an edit can be written back with every byte it does not touch unchanged.
    /// <see cref="Text"/> has no BOM; offsets of <see cref="Reading.ResxReader"/> spans index it.
    /// </summary>
    internal sealed class ResxFile
    {
        private ResxFile(string path, byte[] bytes, int preambleLength, Encoding? encoding, string? text, string? failure)
        {
            Path = path;
            Bytes = bytes;
            PreambleLength = preambleLength;
            Encoding = encoding;
            Text = text;
            Failure = failure;
        }

        public string Path { get; }

        public byte[] Bytes { get; }

        /// <summary>How many bytes of BOM the file starts with (0, 2 or 3).</summary>
        public int PreambleLength { get; }

        public Encoding? Encoding { get; }

        /// <summary>The decoded text without its BOM, or null when the file cannot be decoded (see <see cref="Failure"/>).</summary>
        public string? Text { get; }

        public string? Failure { get; }

        /// <summary>Reads a file; never throws for a file that cannot be read, but says why in <see cref="Failure"/>.</summary>
        public static ResxFile Load(string path)
        {
            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && info.Length > Reading.ResxReader.MaxFileChars * 4L)
                {
                    return new ResxFile(path, Array.Empty<byte>(), 0, null, null, "it is larger than the phrase-file limit");
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException || ex is NotSupportedException || ex is ArgumentException)
            {
                return new ResxFile(path, Array.Empty<byte>(), 0, null, null, ex.Message);
            }

            return FromBytes(path, bytes);
        }

        /// <summary>Decodes bytes strictly (invalid UTF-8 or UTF-16 is a failure, never replaced).</summary>
        public static ResxFile FromBytes(string path, byte[] bytes)
        {
            var encoding = ResxReader.StrictEncoding(bytes, out int skip);

            try
            {
                string text = encoding.GetString(bytes, skip, bytes.Length - skip);
                return new ResxFile(path, bytes, skip, encoding, text, null);
            }
            catch (DecoderFallbackException)
            {
                return new ResxFile(path, bytes, skip, encoding, null, "it is not valid " + (encoding is UTF8Encoding ? "UTF-8" : "UTF-16") + "; save it as UTF-8");
            }
        }

        /// <summary>The line ending the file uses most ("\r\n" or "\n"; "\n" when it has none).</summary>
        public static string LineEnding(string text)
        {
            int crlf = 0;
            int lf = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != '\n') continue;
                if (i > 0 && text[i - 1] == '\r') crlf++;
                else lf++;
            }

            return crlf > lf ? "\r\n" : "\n";
        }
    }
}
