using System.Globalization;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Bench;

/// <summary>
/// <c>site-package N DIR</c>: the sample package with N generated 政策文件 added under 政策文件 (fictional 示例市 text
/// from <see cref="Corpus"/>, a 文号, 有效性 and an attachment reference each), for bench/site-bench.sh.
/// </summary>
public static class SitePackage
{
    public static void Run(int count, string dir, string samplePath)
    {
        var sample = ContentPackage.Load(samplePath);
        var docs = Corpus.Generate(count, seed: 11, bodyBytes: 2000);
        var items = sample.Items.ToList();
        var folder = items.First(i => i.ContentType == ContentTypes.PolicyFolder && i.Id == "zcwj");
        var path = SiteRoute(folder);
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            var id = $"gen-{i:D6}";
            var year = d.Year ?? 2020;
            var published = new DateOnly(year, 1 + (i % 12), 1 + (i % 28));
            items.Add(new ContentItem
            {
                Id = id,
                ContentType = ContentTypes.PolicyDocument,
                Name = d.Title,
                ParentId = folder.Id,
                SortOrder = 1000 + i,
                CreateDate = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
                UpdateDate = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)),
                Route = new ContentRoute($"{path}{id}/"),
                Properties = new JsonObject
                {
                    ["documentNumber"] = $"示府办发〔{year}〕{i + 1000}号",
                    ["issuers"] = new JsonArray("示例市人民政府办公室"),
                    ["topic"] = @"综合政务\政务公开",
                    ["signedDate"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["publishedDate"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["genre"] = "通知",
                    ["disclosure"] = new JsonObject { ["attribute"] = i % 20 == 0 ? "onRequest" : "proactive" },
                    ["body"] = new JsonObject { ["markup"] = string.Concat(d.Body.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{p}。</p>")), ["blocks"] = new JsonArray() },
                    ["validity"] = new JsonObject { ["effectiveDate"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                },
            });
        }
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, true);
        }
        ContentPackage.Write(dir, sample.Manifest with { Name = $"示例市政府信息公开（示例数据，另加{count}件生成文件）" }, items);
        Console.WriteLine($"{dir}: {items.Count} items ({count} generated)");
    }

    private static string SiteRoute(ContentItem i) => i.Route.Path.EndsWith('/') ? i.Route.Path : i.Route.Path + "/";
}
