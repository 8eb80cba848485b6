using System;
using System.Globalization;
using System.Text;

namespace PhraseCatalog
{
    /// <summary>
    /// How the spoken value types are said per SSML language: a phone number digit by digit, a
    /// written clock time (<c>14:30</c>) as 14点30分 / 오후 두 시 30 분, an amount as one number.
    /// Reads the written forms that <see cref="CompilerServices.SpokenValues"/> makes.
    /// </summary>
    internal static class SpokenForms
    {
        private static readonly string[] KoreanNativeHours = { "열두", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "열한", "열두" };

        /// <summary>How a value is said in an SSML language, appended as plain (unescaped) text.</summary>
        public static void AppendSpoken(StringBuilder builder, SpokenKind kind, string value, string language)
        {
            switch (kind)
            {
                case SpokenKind.Phone:
                    AppendCharacters(builder, value, IsMandarin(language));
                    return;
                case SpokenKind.Digits:
                    AppendCharacters(builder, value, yaoForOne: false);
                    return;
                case SpokenKind.Time:
                    if (!AppendTime(builder, value, language)) builder.Append(value);
                    return;
                case SpokenKind.Money:
                    // Engines read 1,280.50 as two numbers in Chinese and Korean; without the separator it is one amount.
                    foreach (char c in value)
                    {
                        if (c != ',') builder.Append(c);
                    }

                    return;
                default:
                    builder.Append(value);
                    return;
            }
        }

        /// <summary>Mandarin (not Cantonese) says 1 as 幺 in phone numbers, so it is not confused with 7.</summary>
        private static bool IsMandarin(string language) =>
            language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            && !language.Equals("zh-HK", StringComparison.OrdinalIgnoreCase)
            && !language.Equals("zh-MO", StringComparison.OrdinalIgnoreCase)
            && !language.StartsWith("yue", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Each letter or digit as its own word ("9 5 5 8 8"): every engine then reads it one by one
        /// (95588 unspaced is read 九万五千五百八十八). Letters stay, as letters; separators such as
        /// '-', ' ', '(' and '.' only group and are not said.
        /// </summary>
        private static void AppendCharacters(StringBuilder builder, string value, bool yaoForOne)
        {
            bool first = true;
            foreach (char c in value)
            {
                if (c == '-' || c == ' ' || c == '(' || c == ')' || c == '.' || c == '/' || char.IsWhiteSpace(c)) continue;
                if (!first) builder.Append(' ');
                first = false;
                if (yaoForOne && c == '1') builder.Append('幺');
                else if (c >= 'a' && c <= 'z') builder.Append((char)(c - 32));
                else builder.Append(c);
            }
        }

        private static bool AppendTime(StringBuilder builder, string value, string language)
        {
            int colon = value.IndexOf(':');
            if (colon <= 0
                || !int.TryParse(value.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
                || !int.TryParse(value.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int minutes)
                || hours > 23 || minutes > 59)
            {
                return false;
            }

            if (language.StartsWith("ko", StringComparison.OrdinalIgnoreCase))
            {
                // Korean clock hours take native numbers (두 시, not 이 시); minutes stay Sino-Korean digits.
                builder.Append(hours < 12 ? "오전 " : hours == 12 ? "낮 " : "오후 ");
                builder.Append(KoreanNativeHours[hours % 12 == 0 ? 12 : hours % 12]).Append(" 시");
                if (minutes > 0) builder.Append(' ').Append(minutes.ToString(CultureInfo.InvariantCulture)).Append(" 분");
                return true;
            }

            if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                bool traditional = language.Equals("zh-TW", StringComparison.OrdinalIgnoreCase) || language.Equals("zh-HK", StringComparison.OrdinalIgnoreCase);
                builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append(traditional ? '點' : '点');
                if (minutes == 0) builder.Append('整');
                else builder.Append(minutes.ToString("00", CultureInfo.InvariantCulture)).Append('分');
                return true;
            }

            builder.Append(value);
            return true;
        }
    }
}
