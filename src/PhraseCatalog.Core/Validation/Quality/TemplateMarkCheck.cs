using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0012: marks that stand for a value someone meant to fill in (××, XX, ***, ○○, OOO, 000, 某某,
    /// 某先生) left in an approved text, where an agent would read them out as they are. Each finding
    /// suggests the named placeholder to write. Approved texts only. See docs/rules/PHR0012.md.
    /// </summary>
    internal sealed class TemplateMarkCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.TemplateMark;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken) =>
            TextRuleRunner.Run(Rule, input.Approved, Scan, problems, cancellationToken);

        public static List<TextFinding> Find(string culture, string text) => TextRuleRunner.Find(Scan, culture, text);

        /// <summary>
        /// A run of full-width Ｘ/ｘ or Ｏ of two or more: a stand-in, reported here rather than as
        /// full-width letters by PHR0013 (writing the placeholder fixes both).
        /// </summary>
        internal static bool IsFullWidthStandIn(string s, int start, int end)
        {
            if (end - start < 2) return false;
            for (int i = start; i < end; i++)
            {
                if (s[i] != 'Ｘ' && s[i] != 'ｘ' && s[i] != 'Ｏ') return false;
            }

            return true;
        }

        public static void Scan(TextCulture culture, QualityText text, List<TextFinding> findings)
        {
            string s = text.Masked;
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                int end = Run(s, i);
                bool found = false;
                switch (c)
                {
                    case '×':
                    case '○':
                    case '◯':
                    case 'ㅇ':
                        found = end - i >= 2;
                        break;
                    case '＊':
                        found = end - i >= 2 && !NextToPlaceholder(s, i, end);
                        break;
                    case 'Ｘ':
                    case 'ｘ':
                    case 'Ｏ':
                        end = i;
                        while (end < s.Length && (s[end] == 'Ｘ' || s[end] == 'ｘ' || s[end] == 'Ｏ')) end++;
                        found = end - i >= 2;
                        break;
                    case '*':
                        found = end - i >= 3 && !NextToPlaceholder(s, i, end);
                        break;
                    case '〇':
                        found = end - i >= 2 && !IsChineseNumeral(Chars.Before(s, i)) && !IsChineseNumeral(Chars.At(s, end));
                        break;
                    case 'X':
                    case 'x':
                        end = i;
                        while (end < s.Length && (s[end] == 'X' || s[end] == 'x')) end++;
                        found = end - i >= 2 && StandsAlone(s, i, end);
                        break;
                    case 'O':
                        found = end - i >= 2 && StandsAlone(s, i, end);
                        break;
                    case '0':
                        end = ZeroStandIn(s, i);
                        found = end > i;
                        if (!found) end = SkipNumber(s, i);
                        break;
                    case '某':
                        found = Mou(s, i, out int start, out end);
                        if (found)
                        {
                            Report(text, start, end, findings);
                            i = end;
                            continue;
                        }

                        break;
                    default:
                        if (Chars.IsAsciiDigit(c)) end = SkipNumber(s, i);
                        break;
                }

                if (found) Report(text, i, end, findings);
                i = end > i ? end : i + 1;
            }
        }

        private static int Run(string s, int i)
        {
            int end = i + 1;
            while (end < s.Length && s[end] == s[i]) end++;
            return end;
        }

        /// <summary>XX is a stand-in unless it is part of a Latin word, a size (XXL) or a model number (RTX-XX1).</summary>
        private static bool StandsAlone(string s, int start, int end)
        {
            int before = Chars.Before(s, start);
            int after = Chars.At(s, end);
            return !(Chars.IsAsciiLetterOrDigit(before) || before == '-' || before == '_' || before == '.' || before == '/')
                && !(Chars.IsAsciiLetterOrDigit(after) || after == '-' || after == '_' || after == '/');
        }

        /// <summary>**** right before or after a placeholder shows a masked value on purpose ("****{lastDigits}").</summary>
        private static bool NextToPlaceholder(string s, int start, int end) =>
            (start > 0 && s[start - 1] == QualityText.Hidden) || (end < s.Length && s[end] == QualityText.Hidden);

        private static bool IsChineseNumeral(int cp) => cp >= 0 && "〇零一二三四五六七八九十百千万萬亿億两兩".IndexOf((char)cp) >= 0;

        /// <summary>
        /// Zeros standing in for a name or a phone number: three or more zeros before a title
        /// ("000 고객님", "000先生"), or a hyphenated number whose digits after the area code are all
        /// zeros (000-0000, 010-0000-0000). The end of the stand-in, else <paramref name="start"/>.
        /// A plain number of zeros (a default PIN 000000) and numbers such as 1000 or 0.5 are left alone.
        /// </summary>
        private static int ZeroStandIn(string s, int start)
        {
            int before = Chars.Before(s, start);
            if (Chars.IsAsciiLetterOrDigit(before) || before == '.' || before == ',' || before == '-') return start;
            int end = SkipNumber(s, start);
            if (end < s.Length && (Chars.IsAsciiLetter(s[end]) || s[end] == ',' || (s[end] == '.' && end + 1 < s.Length && Chars.IsAsciiDigit(s[end + 1])))) return start;
            int zeros = 0, groups = 1, firstGroupEnd = -1, zerosAfterFirst = 0, digitsAfterFirst = 0;
            for (int i = start; i < end; i++)
            {
                char c = s[i];
                if (c == '-')
                {
                    if (firstGroupEnd < 0) firstGroupEnd = i;
                    groups++;
                    continue;
                }

                if (c == '0') zeros++;
                if (firstGroupEnd >= 0)
                {
                    digitsAfterFirst++;
                    if (c == '0') zerosAfterFirst++;
                }
            }

            int length = end - start;
            int digits = length - (groups - 1);
            if (zeros == digits && zeros >= 3 && (groups >= 2 || TitleFollows(s, end))) return end;
            if (groups >= 3 && digitsAfterFirst >= 6 && zerosAfterFirst == digitsAfterFirst && firstGroupEnd - start <= 3) return end;
            return start;
        }

        private static bool TitleFollows(string s, int at)
        {
            if (at < s.Length && s[at] == ' ') at++;
            foreach (var title in new[] { "고객", "님", "씨", "先生", "女士", "小姐", "太太", "客户", "客戶" })
            {
                if (string.CompareOrdinal(s, at, title, 0, title.Length) == 0) return true;
            }

            return false;
        }

        /// <summary>The end of a run of digits and single hyphens between digits.</summary>
        private static int SkipNumber(string s, int start)
        {
            int end = start;
            while (end < s.Length)
            {
                if (Chars.IsAsciiDigit(s[end])) end++;
                else if (s[end] == '-' && end + 1 < s.Length && Chars.IsAsciiDigit(s[end + 1]) && end > start) end++;
                else break;
            }

            return end;
        }

        // ---- 某 -----------------------------------------------------------------------------------

        /// <summary>Words in which 某 means "some, a certain" and is ordinary Chinese, not a stand-in.</summary>
        private const string MouWords = "些种種个個一处處人天次时時段件项項款类類方地样樣事物";

        /// <summary>What follows 某 when it stands for a name, a place or a date.</summary>
        private static readonly string[] MouStandIns =
        {
            "先生", "女士", "小姐", "太太", "经理", "經理", "主管", "同事", "工程师", "工程師", "老师", "老師", "医生", "醫生",
            "专员", "專員", "客服", "部门", "部門", "公司", "单位", "單位", "分行", "银行", "銀行", "门店", "門市", "店",
            "科", "号", "號", "年", "月", "日",
        };

        /// <summary>Surnames written before 某 ("我是张某。") that are not also everyday function words (向, 于, 高 …).</summary>
        private const string Surnames =
            "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫朱胡郭林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭董袁潘蒋蔣蔡杜叶葉程"
            + "苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范贾賈夏韦韋邹鄒孟熊秦邱薛段侯陶贺賀顾顧毛郝龚龔邵覃戴莫孔汤湯";

        /// <summary>Decides whether the 某 at <paramref name="index"/> is a stand-in, and which characters to report.</summary>
        private static bool Mou(string s, int index, out int start, out int end)
        {
            start = index;
            end = index + 1;
            while (end < s.Length && s[end] == '某') end++;
            if (end - index >= 2)
            {
                // 某某, 某某某: always a stand-in; take a following title along (某某先生).
                end += StandInTail(s, end);
                return true;
            }

            int after = Chars.At(s, end);
            if (after >= 0 && MouWords.IndexOf((char)after) >= 0) return false;

            int tail = StandInTail(s, end);

            // 张某 as a whole name (followed by punctuation, a space or the end): "允许某用户" is ordinary.
            int before = Chars.Before(s, index);
            bool surname = tail == 0 && before >= 0 && before < 0x10000 && Surnames.IndexOf((char)before) >= 0 && !Chars.IsHan(after);
            if (surname) start = index - 1;
            end += tail;
            return tail > 0 || surname;
        }

        private static int StandInTail(string s, int at)
        {
            foreach (var word in MouStandIns)
            {
                if (string.CompareOrdinal(s, at, word, 0, word.Length) == 0) return word.Length;
            }

            return 0;
        }

        // ---- messages -----------------------------------------------------------------------------

        private static void Report(QualityText text, int start, int end, List<TextFinding> findings)
        {
            // Marks that touch (某年某月某日) are one stand-in.
            if (findings.Count > 0 && findings[findings.Count - 1].Index + findings[findings.Count - 1].Length == start)
            {
                start = findings[findings.Count - 1].Index;
                findings.RemoveAt(findings.Count - 1);
            }

            string found = text.Slice(start, end - start);
            string example = Suggest(text.Masked, start, end) + Title(text.Masked, start, end);
            findings.Add(new TextFinding(
                start,
                end - start,
                "'" + found + "' looks like a template mark left for a value to fill in; an agent would read it out as it is. Write a named placeholder instead, e.g. " + example + ", so the code must supply the value"));
        }

        /// <summary>The placeholder to suggest, from the words around the mark.</summary>
        private static string Suggest(string s, int start, int end)
        {
            string marked = s.Substring(start, end - start);
            int at = end;
            while (at < s.Length && s[at] == ' ') at++;
            string rest = s.Substring(at, System.Math.Min(s.Length - at, 4));
            string context = marked + " " + rest;
            if (Has(context, "先生", "女士", "小姐", "太太")) return "{surname}";
            if (Has(context, "고객", "님", "씨")) return "{name}";
            if (Has(context, "公司", "单位", "單位", "회사")) return "{company}";
            if (Has(context, "部门", "部門", "科", "부서", "팀")) return "{department}";
            if (Has(context, "年", "月", "日")) return "{date}";
            if (Has(context, "号", "號", "번")) return "{number}";
            if (Has(context, "分行", "银行", "銀行", "店", "門市", "지점")) return "{branch}";
            if (Has(context, "经理", "經理", "主管", "同事", "工程", "老师", "老師", "医生", "醫生", "专员", "專員", "客服")) return "{agentName}";
            foreach (char c in marked)
            {
                if (c == '0') return "{phoneNumber}";
            }

            return "{name}";
        }

        /// <summary>A title at the end of the mark or right after it, kept in the example ("{surname}先生").</summary>
        private static string Title(string s, int start, int end)
        {
            foreach (var title in new[] { "先生", "女士", "小姐", "太太", " 고객님", "고객님", "님" })
            {
                bool inside = end - start > title.Length && string.CompareOrdinal(s, end - title.Length, title, 0, title.Length) == 0;
                bool after = string.CompareOrdinal(s, end, title, 0, title.Length) == 0;
                if (inside || after) return title;
            }

            return string.Empty;
        }

        private static bool Has(string context, params string[] words)
        {
            foreach (var word in words)
            {
                if (context.IndexOf(word, System.StringComparison.Ordinal) >= 0) return true;
            }

            return false;
        }
    }
}
