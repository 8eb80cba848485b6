using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0010: the customer addressed in the wrong register. Chinese: 你/妳 (write 您) and 你们/你們
    /// (write 各位 or 您). Korean: 너/당신 and friends, casual sentence endings, honorifics given to
    /// things, and spellings that are never correct (see <see cref="KoreanRegister"/>). Approved texts
    /// only: the forbidden-phrase files list such words on purpose. See docs/rules/PHR0010.md.
    /// </summary>
    internal sealed class AddressRegisterCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.AddressRegister;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken) =>
            TextRuleRunner.Run(Rule, input.Approved, Scan, problems, cancellationToken, input.TextKind);

        public static List<TextFinding> Find(string culture, string text) => TextRuleRunner.Find(Scan, culture, text);

        public static void Scan(TextCulture culture, QualityText text, List<TextFinding> findings)
        {
            if (TextCultures.IsChinese(culture)) Chinese(text, findings);
            else if (culture == TextCulture.Korean) KoreanRegister.Scan(text, findings);
        }

        /// <summary>
        /// Four-character idioms in which 你 is nobody in particular ("you and I", "each other"), so they
        /// address no one.
        /// </summary>
        private static readonly string[] Idioms =
        {
            "你追我赶", "你追我趕", "你来我往", "你來我往", "你争我夺", "你爭我奪", "你死我活", "你情我愿", "你情我願",
            "你侬我侬", "你儂我儂", "你一言我一语", "你一言我一語",
        };

        private static void Chinese(QualityText text, List<TextFinding> findings)
        {
            string s = text.Masked;
            bool[]? quoted = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c != '你' && c != '妳') continue;

                // 迷你 is "mini" (迷你裙, 迷你版): no one is addressed.
                if (c == '你' && i > 0 && s[i - 1] == '迷') continue;
                if (IsIdiom(s, i)) continue;

                // Quoted words and titles are a name or someone's words ("请说“你好小助手”", 《你好，李焕英》),
                // not the agent speaking to the customer.
                quoted ??= Quoted(s);
                if (quoted[i]) continue;

                bool plural = i + 1 < s.Length && (s[i + 1] == '们' || s[i + 1] == '們');
                string found = s.Substring(i, plural ? 2 : 1);
                bool greeting = i + found.Length < s.Length && s[i + found.Length] == '好';
                findings.Add(plural
                    ? new TextFinding(i, 2, "'" + found + "' addresses customers informally: write '各位' when speaking to several people, or '您' to one customer" + (greeting ? " ('" + found + "好' → '各位好' or '您好')" : string.Empty)) { SpokenPremise = true }
                    : new TextFinding(i, 1, "'" + found + "' addresses the customer informally: write '您'" + (greeting ? " ('" + found + "好' → '您好')" : string.Empty)) { SpokenPremise = true });
                if (plural) i++;
            }
        }

        private static bool IsIdiom(string s, int i)
        {
            foreach (var idiom in Idioms)
            {
                if (string.CompareOrdinal(s, i, idiom, 0, idiom.Length) == 0) return true;
            }

            return false;
        }

        /// <summary>Which characters stand between a pair of quotation marks (“”, ‘’, 「」, 『』, straight quotes) or title marks (《》, 〈〉).</summary>
        private static bool[] Quoted(string s)
        {
            var quoted = new bool[s.Length];
            string unclosed = string.Empty; // closing marks already known to be missing, so each is searched for once
            int i = 0;
            while (i < s.Length)
            {
                char close = s[i] switch
                {
                    '“' => '”',
                    '‘' => '’',
                    '「' => '」',
                    '『' => '』',
                    '《' => '》',
                    '〈' => '〉',
                    '"' => '"',
                    '\'' => '\'',
                    _ => '\0',
                };
                if (close == '\0' || unclosed.IndexOf(close) >= 0)
                {
                    i++;
                    continue;
                }

                int end = s.IndexOf(close, i + 1);
                if (end < 0)
                {
                    unclosed += close;
                    i++;
                    continue;
                }

                for (int j = i + 1; j < end; j++) quoted[j] = true;
                i = end + 1;
            }

            return quoted;
        }
    }
}
