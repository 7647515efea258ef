using System.Globalization;
using System.Reflection;
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

    /// <summary>
    /// Each command's usage, in the order of the full help: <c>govopen &lt;command&gt; --help</c> prints one block, and a
    /// usage mistake prints the block of the command it was made in (to stderr).
    /// </summary>
    private static readonly (string Command, string Usage)[] Commands =
    [
        ("docnum", """
              govopen docnum parse <文号>              parse and normalize a 发文字号 (JSON; exit 1 if it is not valid)
              govopen docnum find <file>               list the 文号 cited in a text file (JSON array)
            """),
        ("workdays", """
              govopen workdays add <yyyy-MM-dd> <n>    the date n working days later
              govopen workdays between <from> <to>     working days in (from, to]
                Options: --calendar <dir> (holiday-cn style YYYY.json files), --no-makeup-days
            """),
        ("calendar", """
              govopen calendar check <yyyy.json>       validate a year's 放假调休 arrangement (holiday-cn format) before
                                                       putting it in GovOpen:CalendarDirectory (exit 1 if it cannot be used)
            """),
        ("indexno", """
              govopen indexno next --template T --org CODE --date yyyy-MM-dd [--existing FILE]
                                                       the next 索引号 (existing numbers, one per line)
              govopen indexno check --template T --org CODE <索引号>
                                                       check a 索引号 against the template (JSON; exit 1 if it does not fit)
            """),
        ("search", """
              govopen search --package <dir> "<query>" [--filter key=value]... [--sort relevance|date|date-asc]
                             [--skip N] [--take N] [--title-only] [--json] [--index <dir>]
                                                       search a content package (filters: type, issuer, year,
                                                       topic, genre, validity)
            """),
        ("check", """
              govopen check <file-or-package-dir>... [--json] [--external] [--rules FILE] [--no-default-rules] [--date yyyy-MM-dd]
                                                       公开检查: personal information, links, 文号/索引号, metadata and
                                                       wording in packages, items (.json) and old pages (.html/.txt/.docx);
                                                       exit 1 when any error is found; --external also
                                                       checks external links (a report of those that fail)
            """),
        ("report", """
              govopen report annual --year yyyy --package <dir> [--db <file> | --provider … --connection … | --requests <ledgers.json>]
                            --out <dir> [--agency <name>] [--update-package]
                                                       the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号) generated
                                                       from the records: .docx, .xlsx and JSON; exit 1 if a check fails
            """),
        ("sample", """
              govopen sample --out <dir>               write the sample content package of the fictional 示例市
            """),
        ("extract", """
              govopen extract <file>                   read a 公文 (.docx/.txt/.html) and print its fields as JSON
            """),
        ("import", """
              govopen import <file-or-folder>... --out <package-dir>
                                                       import 公文 files as govPolicyDocument drafts
            """),
        ("requests", """
              govopen requests report --year yyyy (--db <file.db> | --provider postgres|sqlserver --connection <cs>)
                                      [--format json|text]
                                                       table 3 of the annual report (依申请公开 figures)
              govopen requests due [--date yyyy-MM-dd] (--db … | --provider … --connection …)
                                                       open requests with their 答复期限, soonest first
                --db is a path like any other argument: relative to the current directory of the command, not to
                the site. The citizen site's default register is App_Data/govopen-requests.db under its content
                root (src/GovOpen.Site when run with dotnet run --project src/GovOpen.Site).
            """),
    ];

    private const string Footer = """

        Output: a command's result goes to stdout; errors, warnings, notes and progress go to stderr.
        Exit codes: 0 done; 1 invalid input, or a check that found an error; 2 usage mistake.
        The checks (docnum parse, indexno check, calendar check, check, report annual) print their result on stdout
        whether it passes or not, exit 1 when it does not, and say why on stderr.
        govopen <command> --help   the usage of one command
        govopen --version          the version
        """;

    private static string Help => "govopen — GovOpen 政务公开 utilities\n\n用法 / Usage:\n" + string.Join("\n", Commands.Select(c => c.Usage.TrimEnd())) + "\n" + Footer;

    private static string? UsageOf(string command) =>
        Commands.FirstOrDefault(c => c.Command == command).Usage is { } u ? "用法 / Usage:\n" + u.TrimEnd() : null;

    /// <summary>The informational version of the tool (the package version, with the source revision when built from git).</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static bool IsHelp(string arg) => arg is "-h" or "--help";

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
            if (args.Length > 0 && UsageOf(args[0]) is { } usage)
            {
                stderr.WriteLine(usage);
            }
            else
            {
                stderr.WriteLine("govopen --help 查看帮助 / for help");
            }
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
        if (args.Length == 0)
        {
            stderr.WriteLine(Help);
            return Usage;
        }
        if (IsHelp(args[0]) || args[0] == "help")
        {
            // govopen help <command> is govopen <command> --help.
            stdout.WriteLine(args[0] == "help" && args.Length > 1 && UsageOf(args[1]) is { } one ? one : Help);
            return Ok;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine($"govopen {Version}");
            return Ok;
        }
        if (UsageOf(args[0]) is not { } commandUsage)
        {
            throw new UsageException($"unknown command '{args[0]}'");
        }
        if (args.Skip(1).Any(IsHelp))
        {
            stdout.WriteLine(commandUsage);
            return Ok;
        }
        return (args[0], args.Length > 1 ? args[1] : null) switch
        {
            ("docnum", "parse") => DocNumParse(Rest(args, 2, 1, "docnum parse <文号>"), stdout, stderr),
            ("docnum", "find") => DocNumFind(Rest(args, 2, 1, "docnum find <file>")[0], stdout),
            ("workdays", "add") => WorkdaysAdd(args[2..], stdout),
            ("workdays", "between") => WorkdaysBetween(args[2..], stdout),
            ("indexno", "next") => IndexNoNext(args[2..], stdout),
            ("indexno", "check") => IndexNoCheck(args[2..], stdout, stderr),
            ("search", _) => SearchCommand.Run(args[1..], stdout, stderr),
            ("check", _) => CheckCommand.Run(args[1..], stdout, stderr),
            ("report", _) => ReportCommand.Run(args[1..], stdout, stderr),
            ("calendar", "check") => CalendarCheck(Rest(args, 2, 1, "calendar check <yyyy.json>")[0], stdout, stderr),
            ("sample", _) => Sample(args[1..], stdout),
            ("extract", _) => ImportCommands.Extract(args[1..], stdout),
            ("import", _) => ImportCommands.Import(args[1..], stdout, stderr),
            ("requests", _) => RequestCommands.Run(args[1..], stdout),
            (var command, null) => throw new UsageException($"govopen {command} needs a subcommand"),
            (var command, var sub) => throw new UsageException($"unknown subcommand '{command} {sub}'"),
        };
    }

    /// <summary>
    /// Validates a year's 放假调休 arrangement file before it is put in the calendar folder (GovOpen:CalendarDirectory):
    /// it must read, its dates must be of that year (or the days next to it), and every statutory holiday of the
    /// year should be a day off in it; prints what it holds. Exit 1 when it cannot be used.
    /// </summary>
    private static int CalendarCheck(string file, TextWriter stdout, TextWriter stderr)
    {
        using var stream = File.OpenRead(file);
        var year = HolidayYear.FromJson(stream, Path.GetFileName(file));
        var problems = new List<string>();
        foreach (var d in year.Days.Where(d => Math.Abs(d.Date.Year - year.Year) > 1 || (d.Date.Year != year.Year && d.Date.DayOfYear is > 20 and < 345)))
        {
            problems.Add($"{GovOpen.Core.Text.IsoDate.Format(d.Date)}（{d.Name}）不属于{year.Year}年");
        }
        var warnings = new List<string>();
        if (year.Year is >= 2025 and <= 2099)
        {
            var offDays = year.Days.Where(d => d.IsOffDay).Select(d => d.Date).ToHashSet();
            foreach (var statutory in StatutoryHolidays.Provisional(year.Year).Days.Where(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !offDays.Contains(d.Date)))
            {
                warnings.Add($"法定节假日{GovOpen.Core.Text.IsoDate.Format(statutory.Date)}（{statutory.Name.Replace("（暂定）", "")}）在文件中不是休息日，请核对");
            }
        }
        stdout.WriteLine($"{year.Year}年：{year.Days.Count(d => d.IsOffDay)}个休息日，{year.Days.Count(d => !d.IsOffDay)}个调休上班日；来源：{string.Join("；", year.Papers)}");
        foreach (var w in warnings)
        {
            stderr.WriteLine("警告 warning: " + w);
        }
        foreach (var p in problems)
        {
            stderr.WriteLine("错误 error: " + p);
        }
        if (!year.IsPublished)
        {
            stderr.WriteLine($"错误 error: {year.Year}年的放假调休安排尚未发布，文件不可使用 (the file holds no published arrangement for {year.Year})");
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

    private static int DocNumParse(string[] rest, TextWriter stdout, TextWriter stderr)
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
            stderr.WriteLine($"错误 error: {r.Error.Message} ({r.Error.MessageEn})");
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
        var years = dir is null ? WorkCalendar.LoadEmbeddedYears() : GovOpen.Packaging.CalendarFiles.Load(dir);
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

    private static int IndexNoCheck(string[] args, TextWriter stdout, TextWriter stderr)
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
        if (r.Error is { } error)
        {
            stderr.WriteLine($"错误 error: {error.Message} ({error.MessageEn})");
        }
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
