using System.Globalization;
using System.Text.Json.Nodes;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;
using GovOpen.Requests;

namespace GovOpen.Cli;

/// <summary><c>govopen requests …</c>: read-only reports over the 依申请公开 register.</summary>
internal static class RequestCommands
{
    public static int Run(string[] args, TextWriter stdout)
    {
        if (args.Length == 0)
        {
            throw new UsageException("govopen requests report --year <yyyy> (--db <file> | --provider postgres|sqlserver --connection <cs>) [--format json|text] | govopen requests due [--date yyyy-MM-dd] (--db … | --provider …)");
        }
        var o = CliApp.ParseOptions(args[1..], out _);
        using var db = Open(o);
        var store = new RequestStore(db, WorkCalendar.Embedded, GovOpen.Core.Time.AgencyClock.System);
        return args[0] switch
        {
            "report" => Report(store, o, stdout),
            "due" => Due(store, o, stdout),
            _ => throw new UsageException($"unknown command 'requests {args[0]}'"),
        };
    }

    internal static RequestDbContext Open(Dictionary<string, string> o)
    {
        if (o.TryGetValue("db", out var file))
        {
            if (!File.Exists(file))
            {
                // A relative --db is resolved against the current directory, not the site's content root: say where it looked.
                throw new IOException($"--db: request database '{file}' not found (looked for {Path.GetFullPath(file)}; a relative path is relative to the current directory)");
            }
            return new RequestDbContext(RequestDbContext.Options("sqlite", $"Data Source={file};Mode=ReadOnly;Pooling=False"));
        }
        var provider = o.TryGetValue("provider", out var p) ? p : throw new UsageException("--db <file> or --provider with --connection is required");
        if (!RequestDbContext.Providers.Contains(provider))
        {
            throw new UsageException($"--provider must be sqlite, postgres or sqlserver, not '{provider}'");
        }
        var cs = o.TryGetValue("connection", out var c) ? c : throw new UsageException("--connection is required with --provider");
        return new RequestDbContext(RequestDbContext.Options(provider, cs));
    }

    /// <summary>Table 3 of the 政府信息公开工作年度报告 for one calendar year.</summary>
    private static int Report(RequestStore store, Dictionary<string, string> o, TextWriter stdout)
    {
        var yearText = o.TryGetValue("year", out var y) ? y : throw new UsageException("--year is required");
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2008 or > 2100)
        {
            throw new UsageException($"--year: '{yearText}' is not a year between 2008 and 2100");
        }
        var rows = store.Table3Async(year).GetAwaiter().GetResult();
        var format = o.TryGetValue("format", out var f) ? f : "json";
        if (format is not ("json" or "text"))
        {
            throw new UsageException($"--format must be json or text, not '{format}'");
        }
        if (format == "text")
        {
            stdout.WriteLine($"{year}年 收到和处理政府信息公开申请情况（表三）");
            stdout.WriteLine("项目\t" + string.Join('\t', AnnualReportTable3.Columns));
            foreach (var r in rows)
            {
                stdout.WriteLine($"{r.Label}\t{string.Join('\t', r.Counts)}\t{r.Total}");
            }
            return CliApp.Ok;
        }
        stdout.WriteLine(AnnualReportTable3.ToJson(year, rows).ToJsonString(CliApp.Json));
        return CliApp.Ok;
    }

    /// <summary>Open requests with their deadlines, soonest first, as of --date (default today): the 办理台账 a clerk checks each morning.</summary>
    private static int Due(RequestStore store, Dictionary<string, string> o, TextWriter stdout)
    {
        var today = o.TryGetValue("date", out var d) ? CliApp.ParseDateOption(d, "date") : GovOpen.Core.Time.AgencyClock.System.Today;
        var open = store.WithStatusAsync(today).GetAwaiter().GetResult()
            .Where(x => x.Status.Deadline is not null && x.Ledger.Completion is null)
            .Select(x => (JsonNode)new JsonObject
            {
                ["number"] = x.Ledger.Number,
                ["state"] = x.Status.State.ToString(),
                ["deadline"] = GovOpen.Core.Text.IsoDate.Format(x.Status.Deadline!.Value),
                ["workingDaysLeft"] = x.Status.WorkingDaysLeft,
                ["overdue"] = x.Status.Overdue,
            })
            .ToArray();
        stdout.WriteLine(new JsonArray(open).ToJsonString(CliApp.Json));
        return CliApp.Ok;
    }
}
