namespace PhraseCatalog.Generator.Validation.Quality
{
    /// <summary>
    /// Hides placeholders before a quality rule reads a text, keeping every other character at its
    /// index so findings map back to the file exactly. What is hidden is what
    /// <see cref="Model.PlaceholderParser"/> reads as a placeholder, well-formed or not: a '{' up to
    /// the next '}' with no '{' between (<c>{name}</c>, <c>{name:int}</c>, the particle form
    /// <c>{name|을/를}</c>, a mistyped <c>{first name}</c>). <c>{{</c> and <c>}}</c> are literal text
    /// and stay; so does an unclosed '{'. Placeholder names are code, never words the agent says.
    /// </summary>
    internal static class PlaceholderMask
    {
        /// <summary>Stands in for each hidden character: a noncharacter no script table and no phrase contains.</summary>
        public const char Hidden = '\uFFFF';

        public static string Hide(string text)
        {
            if (text.IndexOf('{') < 0) return text;
            char[]? masked = null;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
                {
                    i += 2;
                    continue;
                }

                if (c != '{')
                {
                    i++;
                    continue;
                }

                int close = i + 1;
                while (close < text.Length && text[close] != '}' && text[close] != '{') close++;
                if (close >= text.Length || text[close] == '{')
                {
                    i++;
                    continue;
                }

                masked ??= text.ToCharArray();
                for (int j = i; j <= close; j++) masked[j] = Hidden;
                i = close + 1;
            }

            return masked is null ? text : new string(masked);
        }
    }
}
