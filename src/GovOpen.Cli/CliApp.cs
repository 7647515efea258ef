using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Cli;

/// <summary>The <c>govopen</c> command. User mistakes print one line to stderr and return a non-zero code.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    /// <summary>Largest text file <c>docnum find</c> reads.</summary>
    public const long MaxTextFileBytes = 32 * 1024 * 1024;

    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private const string Help = """
        govopen — GovOpen 政务公开 utilities

        用法 / Usage:
          govopen docnum parse <文号>              parse and normalize a 发文字号 (JSON)
          govopen docnum find <file>               list the 文号 cited in a text file (JSON array)
          govopen workdays add <yyyy-MM-dd> <n>    the date n working days later
          govopen workdays between <from> <to>     working days in (from, to]
          govopen calendar check <yyyy.json>       validate a year's 放假调休 arrangement (holiday-cn format) before
                                                   putting it in GovOpen:CalendarDirectory
          govopen indexno next --template T --org CODE --date yyyy-MM-dd [--existing FILE]
                                                   the next 索引号 (existing numbers, one per line)
          govopen indexno check --template T --org CODE <索引号>
          govopen search --package <dir> "<query>" [--filter key=value]... [--sort relevance|date|date-asc]
                         [--skip N] [--take N] [--title-only] [--json] [--index <dir>]
                                                   search a content package (filters: type, issuer, year,
                                                   topic, genre, validity)

          govopen check <file-or-package-dir>... [--json] [--external] [--rules FILE] [--no-default-rules] [--date yyyy-MM-dd]
                                                   公开检查: personal information, links, 文号/索引号, metadata and
                                                   wording in packages, items (.json) and old pages (.html/.txt/.docx);
                                                   exit 1 when any error is found; --external also
                                                   checks external links (a report of those that fail)

          govopen report annual --year yyyy --package <dir> [--db <file> | --provider … --connection …] --out <dir>
                        [--agency <name>] [--update-package]
                                                   the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) generated
                                                   from the records: .docx, .xlsx and JSON; exit 1 if a check fails

          govopen sample --out <dir>               write the sample content package of the fictional 示例市
          govopen extract <file>                   read a 公文 (.docx/.txt/.html) and print its fields as JSON
          govopen import <file-or-folder>... --out <package-dir>
                                                   import 公文 files as govPolicyDocument drafts
          govopen requests report --year yyyy (--db <file.db> | --provider postgres|sqlserver --connection <cs>)
                                  [--format json|text]
                                                   table 3 of the annual report (依申请公开 figures)
          govopen requests due [--date yyyy-MM-dd] (--db … | --provider … --connection …)
                                                   open requests with their 答复期限, soonest first

        Options for workdays: --calendar <dir> (holiday-cn style YYYY.json files), --no-makeup-days
        """;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return Task.FromResult(Run(args, stdout, stderr));
        }
        catch (GovOpenException e)
        {
            stderr.WriteLine($"错误 error: {e.Issue.Message} ({e.Issue.MessageEn})");
            return Task.FromResult(Invalid);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"用法错误 usage: {e.Message}");
            stderr.WriteLine("govopen --help 查看帮助 / for help");
            return Task.FromResult(Usage);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or System.Data.Common.DbException)
        {
            stderr.WriteLine($"错误 error: {e.Message}");
            return Task.FromResult(Invalid);
        }
    }

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }
        return (args[0], args.Length > 1 ? args[1] : null) switch
        {
            ("docnum", "parse") => DocNumParse(Rest(args, 2, 1, "docnum parse <文号>"), stdout),
            ("docnum", "find") => DocNumFind(Rest(args, 2, 1, "docnum find <file>")[0], stdout),
            ("workdays", "add") => WorkdaysAdd(args[2..], stdout),
            ("workdays", "between") => WorkdaysBetween(args[2..], stdout),
            ("indexno", "next") => IndexNoNext(args[2..], stdout),
            ("indexno", "check") => IndexNoCheck(args[2..], stdout),
            ("search", _) => SearchCommand.Run(args[1..], stdout, stderr),
            ("check", _) => CheckCommand.Run(args[1..], stdout, stderr),
            ("report", _) => ReportCommand.Run(args[1..], stdout, stderr),
            ("calendar", "check") => CalendarCheck(Rest(args, 2, 1, "calendar check <yyyy.json>")[0], stdout),
            ("sample", _) => Sample(args[1..], stdout),
            ("extract", _) => ImportCommands.Extract(args[1..], stdout),
            ("import", _) => ImportCommands.Import(args[1..], stdout, stderr),
            ("requests", _) => RequestCommands.Run(args[1..], stdout),
            _ => throw new UsageException($"unknown command '{string.Join(' ', args.Take(2))}'"),
        };
    }

    /// <summary>
    /// Validates a year's 放假调休 arrangement file before it is put in the calendar folder (GovOpen:CalendarDirectory):
    /// it must read, its dates must be of that year (or the days next to it), and every statutory holiday of the
    /// year should be a day off in it; prints what it holds. Exit 1 when it cannot be used.
    /// </summary>
    private static int CalendarCheck(string file, TextWriter stdout)
    {
        using var stream = File.OpenRead(file);
        var year = HolidayYear.FromJson(stream, Path.GetFileName(file));
        var problems = new List<string>();
        foreach (var d in year.Days.Where(d => Math.Abs(d.Date.Year - year.Year) > 1 || (d.Date.Year != year.Year && d.Date.DayOfYear is > 20 and < 345)))
        {
            problems.Add($"{d.Date:yyyy-MM-dd}（{d.Name}）不属于{year.Year}年");
        }
        var warnings = new List<string>();
        if (year.Year is >= 2025 and <= 2099)
        {
            var offDays = year.Days.Where(d => d.IsOffDay).Select(d => d.Date).ToHashSet();
            foreach (var statutory in StatutoryHolidays.Provisional(year.Year).Days.Where(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !offDays.Contains(d.Date)))
            {
                warnings.Add($"法定节假日{statutory.Date:yyyy-MM-dd}（{statutory.Name.Replace("（暂定）", "")}）在文件中不是休息日，请核对");
            }
        }
        stdout.WriteLine($"{year.Year}年：{year.Days.Count(d => d.IsOffDay)}个休息日，{year.Days.Count(d => !d.IsOffDay)}个调休上班日；来源：{string.Join("；", year.Papers)}");
        foreach (var w in warnings)
        {
            stdout.WriteLine("警告 warning: " + w);
        }
        foreach (var p in problems)
        {
            stdout.WriteLine("错误 error: " + p);
        }
        return problems.Count == 0 && year.IsPublished ? Ok : Invalid;
    }

    private static int Sample(string[] args, TextWriter stdout)
    {
        var o = Options(args, out _);
        var count = GovOpen.Cli.Sample.SamplePackage.Write(Need(o, "out"));
        stdout.WriteLine($"wrote {count} items (示例数据) to {o["out"]}");
        return Ok;
    }

    private static string[] Rest(string[] args, int from, int count, string usage)
    {
        var rest = args[from..];
        if (rest.Length < count)
        {
            throw new UsageException($"missing argument: govopen {usage}");
        }
        return rest;
    }

    private static int DocNumParse(string[] rest, TextWriter stdout)
    {
        var text = string.Join(' ', rest);
        var r = DocumentNumberParser.Parse(text);
        var o = new JsonObject();
        if (r.Value is { } v)
        {
            o["valid"] = true;
            o["agency"] = v.Agency;
            o["year"] = v.Year;
            o["sequence"] = v.Sequence;
            o["kind"] = v.Kind switch { DocumentNumberKind.Decree => "decree", DocumentNumberKind.Announcement => "announcement", _ => "document" };
            o["normalized"] = v.Normalized;
            o["warnings"] = new JsonArray(r.Warnings.Select(w => (JsonNode)JsonValue.Create(w.Message)!).ToArray());
        }
        else
        {
            o["valid"] = false;
            o["error"] = r.Error!.Message;
            o["errorEn"] = r.Error.MessageEn;
            o["code"] = r.Error.Code;
        }
        stdout.WriteLine(o.ToJsonString(Json));
        return r.IsValid ? Ok : Invalid;
    }

    private static int DocNumFind(string file, TextWriter stdout)
    {
        var text = TextFile.Read(file, MaxTextFileBytes);
        stdout.WriteLine(JsonSerializer.Serialize(DocumentNumberParser.FindDistinct(text), Json));
        return Ok;
    }

    private static int WorkdaysAdd(string[] args, TextWriter stdout)
    {
        var (pos, cal) = CalendarArgs(args);
        if (pos.Count != 2)
        {
            throw new UsageException("govopen workdays add <yyyy-MM-dd> <n>");
        }
        var start = ParseDate(pos[0], "start");
        if (!int.TryParse(pos[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || Math.Abs(n) > 3650)
        {
            throw new UsageException($"n: '{pos[1]}' is not a whole number of working days between -3650 and 3650");
        }
        stdout.WriteLine(GovOpen.Core.Text.IsoDate.Format(cal.AddWorkingDays(start, n)));
        return Ok;
    }

    private static int WorkdaysBetween(string[] args, TextWriter stdout)
    {
        var (pos, cal) = CalendarArgs(args);
        if (pos.Count != 2)
        {
            throw new UsageException("govopen workdays between <from> <to>");
        }
        stdout.WriteLine(cal.WorkingDaysBetween(ParseDate(pos[0], "from"), ParseDate(pos[1], "to")).ToString(CultureInfo.InvariantCulture));
        return Ok;
    }

    private static (List<string> Positional, WorkCalendar Calendar) CalendarArgs(string[] args)
    {
        var pos = new List<string>();
        string? dir = null;
        var makeup = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--calendar":
                    dir = i + 1 < args.Length ? args[++i] : throw new UsageException("--calendar needs a directory");
                    break;
                case "--no-makeup-days":
                    makeup = false;
                    break;
                default:
                    pos.Add(args[i]);
                    break;
            }
        }
        var years = dir is null ? WorkCalendar.LoadEmbeddedYears() : WorkCalendar.LoadDirectory(dir);
        return (pos, new WorkCalendar(years, new WorkCalendarOptions { MakeUpWorkdaysCount = makeup }));
    }

    private static int IndexNoNext(string[] args, TextWriter stdout)
    {
        var o = Options(args, out _);
        var scheme = new IndexNumberScheme(Need(o, "template"), Need(o, "org"));
        var date = ParseDate(Need(o, "date"), "date");
        var existing = o.TryGetValue("existing", out var f) ? TextFile.Read(f, MaxTextFileBytes).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        stdout.WriteLine(scheme.Next(date, existing));
        return Ok;
    }

    private static int IndexNoCheck(string[] args, TextWriter stdout)
    {
        var o = Options(args, out var pos);
        var scheme = new IndexNumberScheme(Need(o, "template"), Need(o, "org"));
        if (pos.Count != 1)
        {
            throw new UsageException("govopen indexno check --template T --org CODE <索引号>");
        }
        var r = scheme.Validate(pos[0]);
        var json = r.Value is { } v
            ? new JsonObject { ["valid"] = true, ["year"] = v.Year, ["sequence"] = v.Sequence }
            : new JsonObject { ["valid"] = false, ["error"] = r.Error!.Message, ["errorEn"] = r.Error.MessageEn };
        stdout.WriteLine(json.ToJsonString(Json));
        return r.IsValid ? Ok : Invalid;
    }

    internal static Dictionary<string, string> ParseOptions(string[] args, out List<string> positional) => Options(args, out positional);

    internal static DateOnly ParseDateOption(string text, string name) => ParseDate(text, "--" + name);

    private static Dictionary<string, string> Options(string[] args, out List<string> positional)
    {
        var o = new Dictionary<string, string>(StringComparer.Ordinal);
        positional = [];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                o[args[i][2..]] = i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            }
            else
            {
                positional.Add(args[i]);
            }
        }
        return o;
    }

    private static string Need(Dictionary<string, string> o, string name) =>
        o.TryGetValue(name, out var v) ? v : throw new UsageException($"--{name} is required");

    private static DateOnly ParseDate(string text, string name) =>
        ChineseDate.TryParse(text, out var d) ? d : throw new UsageException($"{name}: '{text}' is not a date (yyyy-MM-dd or 2020年8月14日)");
}

/// <summary>A mistake in how the command was called.</summary>
public sealed class UsageException(string message) : Exception(message);
