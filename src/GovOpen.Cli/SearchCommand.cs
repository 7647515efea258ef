using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Time;
using GovOpen.Packaging;
using GovOpen.Search;

namespace GovOpen.Cli;

/// <summary><c>govopen search</c>: builds (or opens) an index for a content package and prints hits.</summary>
internal static class SearchCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? package = null, index = null, query = null;
        var filters = new List<string>();
        var sort = SearchSort.Relevance;
        int skip = 0, take = 10;
        bool json = false, titleOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--package": package = Next(); break;
                case "--index": index = Next(); break;
                case "--filter": filters.Add(Next()); break;
                case "--json": json = true; break;
                case "--title-only": titleOnly = true; break;
                case "--sort":
                    sort = Next() switch
                    {
                        "relevance" => SearchSort.Relevance,
                        "date" => SearchSort.DateDescending,
                        "date-asc" => SearchSort.DateAscending,
                        var other => throw new UsageException($"--sort: '{other}' is not relevance, date or date-asc"),
                    };
                    break;
                case "--skip": skip = Int(Next(), "--skip"); break;
                case "--take": take = Int(Next(), "--take"); break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException($"unknown option {args[i]}");
                    }
                    query = query is null ? args[i] : query + " " + args[i];
                    break;
            }
        }
        if (package is null)
        {
            throw new UsageException("govopen search --package <dir> \"<query>\"");
        }
        foreach (var f in filters.Where(f => !f.Contains('=')))
        {
            throw new UsageException($"--filter '{f}' must be key=value");
        }

        var set = ContentPackage.Load(package).ToContentSet();
        foreach (var p in set.Problems)
        {
            stderr.WriteLine($"警告 warning: {p.Message}");
        }
        // What citizens would find today: Core's public surface of the package, in the agency's time zone.
        var visible = PublicSurface.Of(set, AgencyClock.System.Today);
        using var idx = GovSearchIndex.Open(new SearchIndexOptions { Path = index }, () => ContentIndexing.Documents(visible));
        if (index is not null && !idx.OpenReport.Rebuilt)
        {
            // An index kept on disk is a copy of the package: brought up to date before every search, so a document
            // made 不予公开 since the last run is gone (built aside and swapped in; old generations are removed).
            idx.Rebuild(ContentIndexing.Documents(visible));
        }
        var result = idx.Search(SearchQuery.From(query, filters, sort, skip, take) with { TitleOnly = titleOnly });
        foreach (var w in result.Warnings)
        {
            stderr.WriteLine($"提示 note: {w.Message}");
        }
        if (json)
        {
            var o = new JsonObject
            {
                ["total"] = result.Total,
                ["query"] = result.QueryText,
                ["documentNumber"] = result.DocumentNumber,
                ["hits"] = new JsonArray(result.Hits.Select(h => (JsonNode)new JsonObject
                {
                    ["id"] = h.Id,
                    ["type"] = h.ContentType,
                    ["title"] = h.Title,
                    ["documentNumber"] = h.DocumentNumber,
                    ["validity"] = h.Validity,
                    ["publishedDate"] = GovOpen.Core.Text.IsoDate.Format(h.PublishedDate),
                    ["route"] = h.Route,
                    ["score"] = Math.Round(h.Score, 4),
                    ["snippet"] = h.Snippet,
                    ["policyIds"] = new JsonArray(h.PolicyIds.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                }).ToArray()),
                ["facets"] = new JsonObject(result.Facets.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)new JsonObject(
                    f.Value.Select(v => KeyValuePair.Create(v.Value, (JsonNode?)JsonValue.Create(v.Count))))))),
            };
            stdout.WriteLine(o.ToJsonString(new JsonSerializerOptions(CliApp.Json) { WriteIndented = true }));
        }
        else
        {
            stdout.WriteLine($"共 {result.Total} 条 / {result.Total} hits");
            foreach (var h in result.Hits)
            {
                stdout.WriteLine($"{h.Id}\t{h.Title}\t{h.DocumentNumber ?? "-"}\t{h.Validity ?? "-"}\t{h.Score:0.###}");
                if (h.Snippet.Length > 0)
                {
                    stdout.WriteLine($"    {PlainSnippet(h.Snippet)}");
                }
            }
        }
        return CliApp.Ok;
    }

    /// <summary>
    /// A snippet for a terminal: the index gives HTML (escaped text, matches in <c>&lt;mark&gt;</c>); the table shows
    /// the text, matches in 【】. <c>--json</c> keeps the HTML for programs that render it.
    /// </summary>
    internal static string PlainSnippet(string html) =>
        System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "【", StringComparison.Ordinal).Replace("</mark>", "】", StringComparison.Ordinal));

    private static int Int(string s, string name) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw new UsageException($"{name}: '{s}' is not a number");
}
