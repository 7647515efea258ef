using GovOpen.Core.Calendar;

namespace GovOpen.Packaging;

/// <summary>
/// An agency's holiday year files on disk (<c>YYYY.json</c>, the format of the embedded years): Core keeps the
/// calendar and its rules without I/O; reading the folder happens here, for the site, the plugin and the CLI.
/// </summary>
public static class CalendarFiles
{
    /// <summary>Loads every <c>YYYY.json</c> file of a directory; a broken file is a <see cref="FormatException"/> naming it.</summary>
    public static IReadOnlyList<HolidayYear> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Calendar directory not found: {directory}");
        }
        var list = new List<HolidayYear>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var s = File.OpenRead(file);
            list.Add(HolidayYear.FromJson(s, file));
        }
        return list;
    }

    /// <summary>The calendar with the year files of a directory: a year there replaces the embedded one.</summary>
    public static WorkCalendar WithYearsFrom(this WorkCalendar calendar, string directory) => calendar.WithYears(Load(directory));
}
