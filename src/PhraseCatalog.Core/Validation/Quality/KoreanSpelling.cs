using System;
using System.Collections.Generic;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// Korean spellings that are never correct, however the sentence goes on (part of PHR0010: a
    /// misspelt phrase read to a customer sounds careless). Only forms that no word of standard
    /// Korean contains are listed; 금새 (a rare noun, "price") counts only as a whole word without a
    /// particle, where it can only be the adverb 금세.
    /// </summary>
    internal static class KoreanSpelling
    {
        /// <summary>Wrong syllables inside a word, what to write, and why.</summary>
        private static readonly (string Wrong, string Right, string Why)[] Table =
        {
            ("않되", "안 되", "않 is the negation after -지 (하지 않다); before 되다 write 안 and a space"),
            ("않돼", "안 돼", "않 is the negation after -지 (하지 않다); before 되다 write 안 and a space"),
            ("않됩", "안 됩", "않 is the negation after -지 (하지 않다); before 되다 write 안 and a space"),
            ("않됐", "안 됐", "않 is the negation after -지 (하지 않다); before 되다 write 안 and a space"),
            ("않될", "안 될", "않 is the negation after -지 (하지 않다); before 되다 write 안 and a space"),
            ("되요", "돼요", "돼요 is short for 되어요"),
            ("됬", "됐", "됐 is short for 되었"),
            ("뵈요", "봬요", "봬요 is short for 뵈어요"),
            ("몇일", "며칠", "the word is 며칠"),
            ("어떻해", "어떡해", "어떡해 is short for 어떻게 해"),
            ("웬지", "왠지", "왠지 is short for 왜인지"),
            ("왠만", "웬만", "the word is 웬만하다"),
            ("오랫만", "오랜만", "오랜만 is short for 오래간만"),
            ("역활", "역할", "the word is 역할 (役割)"),
            ("깨끗히", "깨끗이", "the adverb of 깨끗하다 ends in 이"),
            ("일일히", "일일이", "the adverb ends in 이"),
            ("읍니다", "습니다", "-읍니다 has not been correct since the 1988 spelling reform"),
            ("읍니까", "습니까", "-읍니까 has not been correct since the 1988 spelling reform"),
        };

        /// <summary>Syllables with final ㄹ before which 께 is the misspelt future ending -ㄹ게 (할께, 드릴께).</summary>
        private const string FutureStems = "할릴갈볼줄올될낼길킬칠을";

        public static void Scan(string word, int start, List<TextFinding> findings)
        {
            int first = findings.Count;
            foreach (var (wrong, right, why) in Table)
            {
                int at = word.IndexOf(wrong, StringComparison.Ordinal);
                while (at >= 0)
                {
                    // 않되 with nothing after it is the old connective -되 (하지 않되), which is correct.
                    bool connective = wrong == "않되" && at + 2 == word.Length;
                    if (!connective && !Overlaps(findings, first, start + at, wrong.Length))
                    {
                        findings.Add(new TextFinding(start + at, wrong.Length, "'" + wrong + "' is never correct Korean: write '" + right + "' (" + why + ")"));
                    }

                    at = word.IndexOf(wrong, at + wrong.Length, StringComparison.Ordinal);
                }
            }

            for (int j = 1; j < word.Length; j++)
            {
                if (word[j] != '께' || FutureStems.IndexOf(word[j - 1]) < 0 || Overlaps(findings, first, start + j - 1, 2)) continue;
                if (j + 1 < word.Length && word[j + 1] != '요') continue;          // 께서, 께는: the honorific particle
                if (word[j - 1] == '을' && j >= 2 && word[j - 2] == '가') continue; // 가을께: "around autumn"
                findings.Add(new TextFinding(start + j - 1, 2, "'" + word.Substring(j - 1, 2) + "' is never correct Korean: write '" + word[j - 1] + "게' (the ending -ㄹ게 is written with 게, though it sounds like 께)"));
            }

            if (word == "금새")
            {
                findings.Add(new TextFinding(start, 2, "'금새' here means 'soon': write '금세' (short for 금시에)"));
            }
        }

        /// <summary>True when a finding of this word (from <paramref name="first"/> on) already covers part of the range, so 않되요 is one finding, not two.</summary>
        private static bool Overlaps(List<TextFinding> findings, int first, int index, int length)
        {
            for (int i = first; i < findings.Count; i++)
            {
                if (index < findings[i].Index + findings[i].Length && findings[i].Index < index + length) return true;
            }

            return false;
        }
    }
}
