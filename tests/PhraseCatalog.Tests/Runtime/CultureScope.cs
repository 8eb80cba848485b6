using System;
using System.Globalization;

namespace PhraseCatalog.Tests.Runtime
{
    /// <summary>Sets the current UI culture for a test and restores it afterwards.</summary>
    internal sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previousUi;
        private readonly CultureInfo _previous;

        public CultureScope(string uiCulture, string? culture = null)
        {
            _previousUi = CultureInfo.CurrentUICulture;
            _previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(uiCulture);
            if (culture is not null) CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = _previousUi;
            CultureInfo.CurrentCulture = _previous;
        }
    }
}
