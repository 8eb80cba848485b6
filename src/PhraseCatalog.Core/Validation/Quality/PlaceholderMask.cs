namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// Hides template syntax before a quality rule reads a text, keeping every other character at
    /// its index so findings map back to the file exactly. What is hidden is what
    /// <see cref="Model.PlaceholderParser"/> reports as syntax (placeholders well-formed or not,
    /// particle forms, full-width braces, <c>{{</c>/<c>}}</c>), through <see cref="QualityText"/>, so
    /// every rule and the generated code agree about where a placeholder is.
    /// </summary>
    internal static class PlaceholderMask
    {
        /// <summary>Stands in for each hidden character: a noncharacter no script table and no phrase contains.</summary>
        public const char Hidden = QualityText.Hidden;

        public static string Hide(string text) => QualityText.Of(text).Masked;
    }
}
