using System;
using System.ComponentModel;
using System.Globalization;

namespace PhraseCatalog.CompilerServices
{
    /// <summary>
    /// The written forms of the spoken value types (<c>{at:time}</c>, <c>{amount:money}</c>), which
    /// generated code passes as argument text; how they are said is the SSML writer's business.
    /// Culture-invariant by rule, so output never depends on the machine's culture data.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
    public static class SpokenValues
    {
        /// <summary>A clock time as written: <c>9:05</c>, <c>14:30</c> (24-hour clock; seconds are not said, so not written).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The time is negative or a full day or more.</exception>
        public static string FormatTime(TimeSpan time)
        {
            if (time < TimeSpan.Zero || time >= TimeSpan.FromDays(1)) throw new ArgumentOutOfRangeException(nameof(time), "A clock time is from 0:00 to 23:59.");
            return time.Hours.ToString(CultureInfo.InvariantCulture) + ":" + time.Minutes.ToString("00", CultureInfo.InvariantCulture);
        }

        /// <summary>An amount as written: <c>1,280.50</c>, <c>35</c> (two decimals unless it is whole; the currency is the phrase's text).</summary>
        public static string FormatMoney(decimal amount) =>
            amount.ToString(decimal.Truncate(amount) == amount ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
    }
}
