using System;
using System.Globalization;
using System.Threading;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>
    /// The culture name the current request (or any async flow) asked for, kept as a name so it
    /// needs no <see cref="CultureInfo"/>: under <c>InvariantGlobalization=true</c>,
    /// <c>new CultureInfo("zh-TW")</c> throws and ASP.NET's request localization silently falls back
    /// to the invariant culture. The PhraseCatalog localizers read <see cref="CurrentName"/>.
    /// </summary>
    public static class PhraseRequestCulture
    {
        private static readonly AsyncLocal<string?> Current = new AsyncLocal<string?>();

        /// <summary>The name set for this flow, or <see langword="null"/>.</summary>
        public static string? Name => Current.Value;

        /// <summary>The name set for this flow, else the name of <see cref="CultureInfo.CurrentUICulture"/> (empty for the invariant culture).</summary>
        public static string CurrentName => Current.Value ?? CultureInfo.CurrentUICulture.Name;

        /// <summary>Sets the culture name for the rest of this flow; disposing the result restores the previous one.</summary>
        public static IDisposable Use(string? cultureName)
        {
            var previous = Current.Value;
            Current.Value = cultureName;
            return new Restore(previous);
        }

        private sealed class Restore : IDisposable
        {
            private readonly string? _previous;
            private bool _done;

            public Restore(string? previous) => _previous = previous;

            public void Dispose()
            {
                if (_done) return;
                _done = true;
                Current.Value = _previous;
            }
        }
    }
}
