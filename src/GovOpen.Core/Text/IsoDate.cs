using System.Globalization;

namespace GovOpen.Core.Text;

/// <summary>The one ISO 8601 calendar-date format (yyyy-MM-dd) every stored and exchanged date uses.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
