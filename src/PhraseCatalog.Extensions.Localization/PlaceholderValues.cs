using System;
using System.Globalization;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>
    /// Turns a localizer argument into a placeholder's text the way the generated typed method
    /// would (<c>value.ToString(CultureInfo.InvariantCulture)</c>), refusing values that do not fit.
    /// </summary>
    internal static class PlaceholderValues
    {
        public static string Format(object? value, PlaceholderDescription placeholder, string key)
        {
            var invariant = CultureInfo.InvariantCulture;
            switch (placeholder.Type)
            {
                case "int":
                    {
                        if (value is int i) return i.ToString(invariant);
                        if (TryInteger(value, out long l) && l >= int.MinValue && l <= int.MaxValue) return ((int)l).ToString(invariant);
                        if (value is string s && int.TryParse(s, NumberStyles.Integer, invariant, out i)) return i.ToString(invariant);
                        break;
                    }

                case "long":
                    {
                        if (TryInteger(value, out long l)) return l.ToString(invariant);
                        if (value is string s && long.TryParse(s, NumberStyles.Integer, invariant, out l)) return l.ToString(invariant);
                        break;
                    }

                case "decimal":
                    {
                        if (value is decimal m) return m.ToString(invariant);
                        if (TryInteger(value, out long l)) return ((decimal)l).ToString(invariant);
                        if (value is string s && decimal.TryParse(s, NumberStyles.Number, invariant, out m)) return m.ToString(invariant);
                        break;
                    }

                case "double":
                    {
                        if (value is double d) return d.ToString(invariant);
                        if (value is float f) return ((double)f).ToString(invariant);
                        if (TryInteger(value, out long l)) return ((double)l).ToString(invariant);
                        if (value is string s && double.TryParse(s, NumberStyles.Float, invariant, out d)) return d.ToString(invariant);
                        break;
                    }

                default:
                    // A string placeholder takes any value; numbers and dates are written in the invariant culture, as generated code does.
                    return value switch
                    {
                        null => string.Empty,
                        string s => s,
                        IFormattable formattable => formattable.ToString(null, invariant),
                        _ => value.ToString() ?? string.Empty,
                    };
            }

            string given = value is null ? "null" : "'" + Convert.ToString(value, invariant) + "' (" + value.GetType().Name + ")";
            throw new ArgumentException(
                "The placeholder " + placeholder + " of the phrase '" + key + "' takes " + Article(placeholder.Type) + " " + placeholder.Type + ", but the value given is " + given + ".",
                "arguments");
        }

        private static string Article(string type) => type == "int" ? "an" : "a";

        private static bool TryInteger(object? value, out long result)
        {
            switch (value)
            {
                case int v: result = v; return true;
                case long v: result = v; return true;
                case short v: result = v; return true;
                case byte v: result = v; return true;
                case sbyte v: result = v; return true;
                case ushort v: result = v; return true;
                case uint v: result = v; return true;
                case ulong v when v <= long.MaxValue: result = (long)v; return true;
                default: result = 0; return false;
            }
        }
    }
}
