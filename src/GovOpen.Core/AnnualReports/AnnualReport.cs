using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovOpen.Core.Documents;
using GovOpen.Core.Requests;
using GovOpen.Core.Validity;

namespace GovOpen.Core.AnnualReports;

/// <summary>One row of a report table: a stable key, the label of the 30号 format, and its cells (null = not filled).</summary>
public sealed record ReportRow(string Key, string Label, IReadOnlyList<decimal?> Cells);

/// <summary>One table (or block of part 二) with its caption, column labels and, for part 四, column groups.</summary>
public sealed record ReportTable(string Key, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string>? Groups = null);

/// <summary>The yearly figures an agency enters itself (part 二, items 5, 6 and 8 of art. 20).</summary>
public sealed record AnnualReportFigures(int? Licensing = null, int? Penalties = null, int? Enforcement = null, decimal? FeesTenThousandYuan = null);

/// <summary>
/// The tables of the 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: part 二 (主动公开, four blocks),
/// part 三 (依申请公开) and part 四 (行政复议、行政诉讼), generated from the records — the policy register and its
/// validity history, the agency's yearly figures, and the 依申请公开 register — with the checks the format implies.
/// </summary>
public sealed partial record AnnualReport(int Year, IReadOnlyList<ReportTable> Part2, ReportTable Part3, ReportTable Part4, IReadOnlyList<string> Notes)
{
    public const string Field = "tables";

    /// <summary>Builds the report of <paramref name="year"/>. Without a register, parts 三 and 四 are left unfilled (null cells).</summary>
    public static AnnualReport Build(int year, IEnumerable<PolicyDocument> policies, AnnualReportFigures figures, IReadOnlyList<Table3Row>? table3, IReadOnlyList<int>? table4)
    {
        var list = policies.ToList();
        var notes = new List<string>();
        ReportRow Issued(string key, string label, PolicyCategory category)
        {
            var ofKind = list.Where(p => p.Category == category).ToList();
            var end = new DateOnly(year, 12, 31);
            var issued = ofKind.Count(p => (p.SignedDate ?? p.PublishedDate)?.Year == year);
            var abolished = ofKind.Count(p => p.Validity.History.Any(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.DeclaredInvalid && e.Date.Year == year));
            var expired = ExpiredIn(ofKind, year);
            var inForce = InForce(ofKind, end);
            if (expired > 0)
            {
                notes.Add($"{label}中有{expired}件因有效期届满于{year}年失效，未计入“本年废止件数”。");
            }
            return new ReportRow(key, label, [issued, abolished, inForce]);
        }
        var part2 = new List<ReportTable>
        {
            new("part2-item1", "第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                [Issued("rules", "规章", PolicyCategory.Rule), Issued("normative", "行政规范性文件", PolicyCategory.Normative)]),
            new("part2-item5", "第二十条第（五）项", ["本年处理决定数量"], [new("licensing", "行政许可", [figures.Licensing])]),
            new("part2-item6", "第二十条第（六）项", ["本年处理决定数量"], [new("penalties", "行政处罚", [figures.Penalties]), new("enforcement", "行政强制", [figures.Enforcement])]),
            new("part2-item8", "第二十条第（八）项", ["本年收费金额（单位：万元）"], [new("fees", "行政事业性收费", [figures.FeesTenThousandYuan])]),
        };
        var part3Rows = table3 is null
            ? AnnualReportTable3.Build([], year).Select(r => new ReportRow(r.Key, r.Label, Enumerable.Repeat<decimal?>(null, 7).ToList())).ToList()
            : table3.Select(r => new ReportRow(r.Key, r.Label, r.Counts.Select(c => (decimal?)c).Append(r.Total).ToList())).ToList();
        var part3 = new ReportTable("part3", "三、收到和处理政府信息公开申请情况", AnnualReportTable3.Columns, part3Rows);
        var cells = table4?.Select(c => (decimal?)c).ToList() ?? Enumerable.Repeat<decimal?>(null, 15).ToList();
        var part4 = new ReportTable("part4", "四、政府信息公开行政复议、行政诉讼情况",
            AnnualReportTable4.Groups.SelectMany(_ => AnnualReportTable4.Columns).ToList(), [new ReportRow("proceedings", "件数", cells)], AnnualReportTable4.Groups);
        return new AnnualReport(year, part2, part3, part4, notes);
    }

    /// <summary>Documents whose validity period ran out in <paramref name="year"/> without an earlier 废止 or 宣布失效.</summary>
    public static int ExpiredIn(IEnumerable<PolicyDocument> policies, int year)
    {
        var end = new DateOnly(year, 12, 31);
        return policies.Count(p => p.Validity.ValidUntil is { } u && u.Year == year && p.Validity.StateOn(end) == ValidityState.Expired
            && !p.Validity.History.Any(e => e.Kind is ValidityEventKind.Abolished or ValidityEventKind.DeclaredInvalid && e.Date <= end));
    }

    /// <summary>
    /// The checks with the part 二 carry-over taken from the same register the report was built from: last year's
    /// 现行有效 and this year's expiries of 规章 and 行政规范性文件.
    /// </summary>
    public IReadOnlyList<Issue> CheckWith(IEnumerable<PolicyDocument> policies)
    {
        var list = policies.ToList();
        var lastDay = new DateOnly(Year - 1, 12, 31);
        decimal Before(PolicyCategory c) => InForce(list.Where(p => p.Category == c), lastDay);
        decimal Expired(PolicyCategory c) => ExpiredIn(list.Where(p => p.Category == c), Year);
        return Check((Before(PolicyCategory.Rule), Before(PolicyCategory.Normative)), (Expired(PolicyCategory.Rule), Expired(PolicyCategory.Normative)));
    }

    /// <summary>
    /// 现行有效件数 on a day: documents issued by then that have not been abolished, declared invalid or expired —
    /// including one issued but taking effect later (it is a valid document of the agency), so the count carries over
    /// from year to year as issued − abolished − expired.
    /// </summary>
    public static int InForce(IEnumerable<PolicyDocument> policies, DateOnly day) =>
        policies.Count(p => (p.SignedDate ?? p.PublishedDate) <= day && p.Validity.ShownOn(day) is not (ValidityState.Abolished or ValidityState.Expired));

    /// <summary>
    /// The checks the format implies. Errors: an unfilled cell; in part 三 a row whose 总计 is not the sum of its
    /// columns, （七）总计 not the sum of （一）–（六）, or 新收 + 上年结转 ≠ 办结 + 结转下年度 in a column; in part 四 a group
    /// whose 总计 is not the sum of its results. <paramref name="previousInForce"/> (last year's 现行有效件数 of 规章 and
    /// 规范性文件) adds the carry-over check of part 二 when given; a difference is an error unless explained.
    /// </summary>
    public IReadOnlyList<Issue> Check((decimal Rules, decimal Normative)? previousInForce = null, (decimal Rules, decimal Normative)? expiredThisYear = null)
    {
        var issues = new List<Issue>();
        foreach (var table in Part2.Append(Part3).Append(Part4))
        {
            foreach (var row in table.Rows)
            {
                if (row.Cells.Any(c => c is null))
                {
                    issues.Add(Issue.Error(Field, "unfilled", $"{table.Caption}“{row.Label}”尚未填写", $"{table.Caption} '{row.Label}' is not filled in."));
                }
            }
        }
        var p3 = Part3.Rows.ToDictionary(r => r.Key);
        foreach (var row in Part3.Rows.Where(r => r.Cells.All(c => c is not null)))
        {
            if (row.Cells[^1] != row.Cells.Take(6).Sum())
            {
                issues.Add(Issue.Error(Field, "row-total", $"表三“{row.Label}”的总计（{row.Cells[^1]}）不等于各类申请人之和（{row.Cells.Take(6).Sum()}）", $"Part 3 '{row.Label}': the total is not the sum of its columns."));
            }
        }
        var outcomes = Part3.Rows.Where(r => r.Key.StartsWith("outcome:", StringComparison.Ordinal)).ToList();
        if (p3.TryGetValue("outcome-total", out var total) && total.Cells.All(c => c is not null) && outcomes.All(r => r.Cells.All(c => c is not null)))
        {
            for (var c = 0; c < 7; c++)
            {
                if (total.Cells[c] != outcomes.Sum(r => r.Cells[c]))
                {
                    issues.Add(Issue.Error(Field, "outcome-total", $"表三“（七）总计”第{c + 1}列不等于（一）至（六）之和", $"Part 3 (7) total, column {c + 1}, is not the sum of (1)–(6)."));
                }
            }
            if (p3.TryGetValue("new", out var received) && p3.TryGetValue("carried-in", out var carriedIn) && p3.TryGetValue("carried-out", out var carriedOut)
                && new[] { received, carriedIn, carriedOut }.All(r => r.Cells.All(c => c is not null)))
            {
                for (var c = 0; c < 7; c++)
                {
                    if (received.Cells[c] + carriedIn.Cells[c] != total.Cells[c] + carriedOut.Cells[c])
                    {
                        issues.Add(Issue.Error(Field, "balance", $"表三第{c + 1}列：本年新收（{received.Cells[c]}）＋上年结转（{carriedIn.Cells[c]}）不等于办结总计（{total.Cells[c]}）＋结转下年度（{carriedOut.Cells[c]}）", $"Part 3 column {c + 1}: new + carried in ≠ answered + carried out."));
                    }
                }
            }
        }
        var p4 = Part4.Rows[0].Cells;
        if (p4.All(c => c is not null))
        {
            for (var g = 0; g < 3; g++)
            {
                if (p4[g * 5 + 4] != p4.Skip(g * 5).Take(4).Sum())
                {
                    issues.Add(Issue.Error(Field, "group-total", $"表四“{AnnualReportTable4.Groups[g]}”的总计不等于各结果之和", $"Part 4 '{AnnualReportTable4.Groups[g]}': the total is not the sum of its results."));
                }
            }
        }
        if (previousInForce is { } prev)
        {
            var item1 = Part2[0].Rows;
            foreach (var (row, before, expired) in new[] { (item1[0], prev.Rules, expiredThisYear?.Rules ?? 0), (item1[1], prev.Normative, expiredThisYear?.Normative ?? 0) })
            {
                if (row.Cells.All(c => c is not null) && before + row.Cells[0] - row.Cells[1] - expired != row.Cells[2])
                {
                    issues.Add(Issue.Error(Field, "carry-over", $"“{row.Label}”现行有效件数（{row.Cells[2]}）不等于上年现行有效（{before}）＋本年制发（{row.Cells[0]}）－本年废止（{row.Cells[1]}）－有效期届满（{expired}），请核对或说明", $"'{row.Label}': in force ≠ last year's in force + issued − abolished − expired."));
                }
            }
        }
        return issues;
    }

    /// <summary>The named figures the narrative may cite as <c>{{name}}</c> (e.g. <c>{{part3.new}}</c>).</summary>
    public IReadOnlyDictionary<string, decimal?> Figures()
    {
        var f = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var row in Part2[0].Rows)
        {
            f[$"part2.{row.Key}.issued"] = row.Cells[0];
            f[$"part2.{row.Key}.abolished"] = row.Cells[1];
            f[$"part2.{row.Key}.inForce"] = row.Cells[2];
        }
        foreach (var row in Part2.Skip(1).SelectMany(t => t.Rows))
        {
            f[$"part2.{row.Key}"] = row.Cells[0];
        }
        foreach (var row in Part3.Rows)
        {
            f[$"part3.{row.Key}"] = row.Cells[^1];
        }
        var p4 = Part4.Rows[0].Cells;
        f["part4.review"] = p4[4];
        f["part4.litigation"] = p4[9] + p4[14];
        return f;
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z0-9.:\-]+)\s*\}\}")]
    private static partial Regex Token();

    /// <summary>Text with each <c>{{name}}</c> replaced by that figure; unknown names are left and listed.</summary>
    public string Fill(string text, List<string>? unknown = null)
    {
        var figures = Figures();
        return Token().Replace(text, m =>
        {
            if (figures.TryGetValue(m.Groups["name"].Value, out var v) && v is { } value)
            {
                return value.ToString("0.##", CultureInfo.InvariantCulture);
            }
            unknown?.Add(m.Groups["name"].Value);
            return m.Value;
        });
    }

    /// <summary>The report as JSON: the snapshot a published report keeps, and the CLI's output.</summary>
    public JsonObject ToJson(IReadOnlyList<Issue>? checks = null)
    {
        static JsonNode Table(ReportTable t) => new JsonObject
        {
            ["key"] = t.Key,
            ["caption"] = t.Caption,
            ["groups"] = t.Groups is null ? null : new JsonArray(t.Groups.Select(g => (JsonNode)JsonValue.Create(g)).ToArray()),
            ["columns"] = new JsonArray(t.Columns.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["rows"] = new JsonArray(t.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["key"] = r.Key,
                ["label"] = r.Label,
                ["cells"] = new JsonArray(r.Cells.Select(c => c is { } v ? (JsonNode)JsonValue.Create(v) : null).ToArray()),
            }).ToArray()),
        };
        var json = new JsonObject
        {
            ["year"] = Year,
            ["part2"] = new JsonArray(Part2.Select(Table).ToArray()),
            ["part3"] = Table(Part3),
            ["part4"] = Table(Part4),
            ["notes"] = new JsonArray(Notes.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
        };
        if (checks is not null)
        {
            json["checks"] = new JsonArray(checks.Select(i => (JsonNode)new JsonObject { ["code"] = i.Code, ["severity"] = i.Severity == Severity.Error ? "error" : "warning", ["message"] = i.Message }).ToArray());
        }
        return json;
    }

    /// <summary>Reads a snapshot written by <see cref="ToJson"/>; null when it is not one.</summary>
    public static AnnualReport? FromJson(JsonNode? node)
    {
        if (node is not JsonObject o || o["year"] is not JsonValue y || !y.TryGetValue<int>(out var year) || o["part2"] is not JsonArray p2)
        {
            return null;
        }
        static ReportTable? Table(JsonNode? n) => n is JsonObject t && t["rows"] is JsonArray rows && t["columns"] is JsonArray cols
            ? new ReportTable(
                (string?)t["key"] ?? "", (string?)t["caption"] ?? "",
                cols.Select(c => (string?)c ?? "").ToList(),
                rows.OfType<JsonObject>().Select(r => new ReportRow((string?)r["key"] ?? "", (string?)r["label"] ?? "",
                    (r["cells"] as JsonArray ?? []).Select(c => c is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : (decimal?)null).ToList())).ToList(),
                t["groups"] is JsonArray g ? g.Select(x => (string?)x ?? "").ToList() : null)
            : null;
        var part2 = p2.Select(Table).OfType<ReportTable>().ToList();
        return Table(o["part3"]) is { } part3 && Table(o["part4"]) is { } part4 && part2.Count == 4
            ? new AnnualReport(year, part2, part3, part4, (o["notes"] as JsonArray ?? []).Select(n => (string?)n ?? "").ToList())
            : null;
    }
}

/// <summary>Reads the parts of a 年度报告 item: the agency's figures and the generated tables.</summary>
public static class AnnualReportContent
{
    /// <summary>The figures entered on the item; a value that is not a number is reported naming the field.</summary>
    public static AnnualReportFigures Figures(Content.IContentValues item, List<Issue> issues)
    {
        int? Count(string alias, string label)
        {
            var text = Content.Codecs.ScalarCodecs.ReadText(item.Get(alias))?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
            issues.Add(Issue.Error(alias, "not-a-count", $"{label}应为不小于0的整数（“{text}”）", $"{alias} must be a whole number."));
            return null;
        }
        decimal? amount = null;
        var fee = Content.Codecs.ScalarCodecs.ReadText(item.Get(Content.PropertyAliases.FeeAmount))?.Trim();
        if (!string.IsNullOrEmpty(fee))
        {
            if (decimal.TryParse(fee, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            {
                amount = d;
            }
            else
            {
                issues.Add(Issue.Error(Content.PropertyAliases.FeeAmount, "not-an-amount", $"行政事业性收费金额应为以万元为单位的数字（“{fee}”）", "feeAmount must be a number (10,000 yuan)."));
            }
        }
        return new AnnualReportFigures(
            Count(Content.PropertyAliases.LicensingCount, "行政许可处理决定数量"),
            Count(Content.PropertyAliases.PenaltyCount, "行政处罚处理决定数量"),
            Count(Content.PropertyAliases.EnforcementCount, "行政强制处理决定数量"),
            amount);
    }

    /// <summary>The generated tables kept on the item, or null.</summary>
    public static AnnualReport? Tables(Content.IContentValues item)
    {
        var node = item.Get(Content.PropertyAliases.ReportTables);
        if (node is JsonValue v && v.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('{'))
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
        return AnnualReport.FromJson(node);
    }

    /// <summary>
    /// Publishing a report: its figures must read, its tables must exist and pass the checks kept with them (or
    /// carry an explanation), and the narrative may cite only figures that exist.
    /// </summary>
    public static IReadOnlyList<Issue> Check(Content.IContentValues item)
    {
        var issues = new List<Issue>();
        Figures(item, issues);
        var tables = Tables(item);
        var hasNarrative = new[] { Content.PropertyAliases.Overview, Content.PropertyAliases.Problems, Content.PropertyAliases.OtherMatters }
            .Any(a => !string.IsNullOrWhiteSpace(Content.Codecs.ScalarCodecs.ReadRichText(item.Get(a))));
        if (tables is null)
        {
            if (hasNarrative)
            {
                issues.Add(Issue.Error(Content.PropertyAliases.ReportTables, "missing", "报告表格尚未生成：请先生成二、三、四部分的表格", "The report's tables have not been generated."));
            }
            return issues;
        }
        var explanation = Content.Codecs.ScalarCodecs.ReadText(item.Get(Content.PropertyAliases.CheckExplanation));
        foreach (var failed in tables.Check())
        {
            issues.Add(string.IsNullOrWhiteSpace(explanation)
                ? failed with { Field = Content.PropertyAliases.ReportTables }
                : Issue.Warn(Content.PropertyAliases.ReportTables, failed.Code, failed.Message + $"（已说明：{explanation.Trim()}）", failed.MessageEn));
        }
        var unknown = new List<string>();
        foreach (var alias in new[] { Content.PropertyAliases.Overview, Content.PropertyAliases.Problems, Content.PropertyAliases.OtherMatters })
        {
            tables.Fill(Content.Codecs.ScalarCodecs.ReadRichText(item.Get(alias)), unknown);
        }
        foreach (var name in unknown.Distinct())
        {
            issues.Add(Issue.Error(Content.PropertyAliases.Overview, "unknown-figure", $"正文引用了不存在的数字“{{{{{name}}}}}”", $"The text cites an unknown figure {{{{{name}}}}}."));
        }
        return issues;
    }
}
