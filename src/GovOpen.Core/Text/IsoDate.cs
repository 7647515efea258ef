using System.Globalization;

namespace GovOpen.Core.Text;

/// <summary>The one ISO 8601 calendar-date format (yyyy-MM-dd) every stored and exchanged date uses.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>A date as Chinese text writes it (2026年3月5日), in the Gregorian calendar whatever the server's culture.</summary>
    public static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>A date as Chinese text writes it, or empty.</summary>
    public static string Chinese(DateOnly? date) => date is { } d ? Chinese(d) : "";

    /// <summary>
    /// Parses exactly yyyy-MM-dd (surrounding white space ignored) into a real date. Written out by hand: every item
    /// of a site carries several dates, and the culture-aware exact parser was a second of a large site's start.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date) => TryParse(text.AsSpan().Trim(), out date);

    public static bool TryParse(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }
        static int Digits(ReadOnlySpan<char> d)
        {
            var n = 0;
            foreach (var c in d)
            {
                if (c is < '0' or > '9')
                {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n;
        }
        int y = Digits(s[..4]), m = Digits(s[5..7]), d = Digits(s[8..]);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, d);
        return true;
    }
}
