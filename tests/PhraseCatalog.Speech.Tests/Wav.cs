using System;
using System.IO;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>Reads the 16-bit PCM WAV files espeak-ng writes.</summary>
    internal static class Wav
    {
        /// <summary>
        /// The longest stretch, in seconds, where every sample stays below 1 % of full scale. espeak-ng
        /// writes digital silence for a break, so the threshold only has to sit under speech.
        /// </summary>
        public static double LongestSilenceSeconds(string path)
        {
            byte[] bytes = File.ReadAllBytes(path);
            int sampleRate = BitConverter.ToInt32(bytes, 24);
            short bitsPerSample = BitConverter.ToInt16(bytes, 34);
            if (bitsPerSample != 16) throw new InvalidDataException("Expected 16-bit PCM, got " + bitsPerSample + " bits.");
            int offset = 12;
            while (offset + 8 <= bytes.Length && !(bytes[offset] == 'd' && bytes[offset + 1] == 'a' && bytes[offset + 2] == 't' && bytes[offset + 3] == 'a'))
            {
                offset += 8 + BitConverter.ToInt32(bytes, offset + 4);
            }

            // espeak-ng writing to a file leaves the data size at its placeholder value: read to the end.
            int start = offset + 8;
            long longest = 0;
            long current = 0;
            for (int i = start; i + 1 < bytes.Length; i += 2)
            {
                short sample = BitConverter.ToInt16(bytes, i);
                if (Math.Abs((int)sample) < 328) current++;
                else current = 0;
                if (current > longest) longest = current;
            }

            return (double)longest / sampleRate;
        }
    }
}
