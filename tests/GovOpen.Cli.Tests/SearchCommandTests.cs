using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Packaging;

namespace GovOpen.Cli.Tests;

public sealed class SearchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-cli-pkg").FullName;

    public SearchCommandTests()
    {
        ContentItem Policy(string id, string name, string number, string body, string disclosure = "proactive") => new()
        {
            Id = id,
            ContentType = ContentTypes.PolicyDocument,
            Name = name,
            CreateDate = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero),
            Route = new ContentRoute($"/xxgk/zcwj/{id}/"),
            Properties = new JsonObject
            {
                ["documentNumber"] = number,
                ["issuers"] = new JsonArray("示例市人民政府办公室"),
                ["topic"] = @"综合政务\政务公开",
                ["publishedDate"] = "2024-03-01",
                ["disclosure"] = new JsonObject { ["attribute"] = disclosure, ["ground"] = "art16-internal", ["reason"] = "内部" },
                ["body"] = new JsonObject { ["markup"] = body },
            },
        };
        ContentPackage.Write(_dir, new PackageManifest { Name = "测试", Sample = true },
        [
            Policy("a", "示例市关于推进政务公开的通知", "示府办发〔2024〕1号", "<p>推进政务公开标准化。</p>"),
            Policy("b", "示例市关于印发营商环境措施的通知", "示府办发〔2024〕2号", "<p>根据示府办发〔2024〕1号，优化营商环境。</p>"),
            Policy("c", "示例市内部管理规定", "示府办发〔2024〕3号", "<p>政务公开内部规定。</p>", "notDisclosed"),
        ]);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    [Fact]
    public void A_kept_index_follows_the_package_it_was_built_from()
    {
        var index = Path.Combine(_dir, "..", $"govopen-cli-index-{Guid.NewGuid():N}");
        try
        {
            Assert.Contains("\"a\"", Run("search", "--package", _dir, "--index", index, "示府办发〔2024〕1号", "--json").Out);
            // The document is made 不予公开 in the package; the index kept on disk must not still find it.
            var item = ContentPackage.Load(_dir).Items.Single(i => i.Id == "a");
            var props = (JsonObject)item.Properties.DeepClone();
            props["disclosure"] = new JsonObject { ["attribute"] = "notDisclosed", ["ground"] = "art16-internal", ["reason"] = "内部" };
            ContentPackage.Write(_dir, ContentPackage.Load(_dir).Manifest, [item with { Properties = props }]);
            var (code, output, _) = Run("search", "--package", _dir, "--index", index, "示府办发〔2024〕1号", "--json");
            Assert.Equal(0, code);
            Assert.DoesNotContain(JsonNode.Parse(output)!["hits"]!.AsArray(), h => (string?)h!["id"] == "a");
        }
        finally
        {
            if (Directory.Exists(index))
            {
                Directory.Delete(index, true);
            }
        }
    }

    [Fact]
    public void Searches_a_package_as_json()
    {
        var (code, output, _) = Run("search", "--package", _dir, "示府办发[2024]1号", "--json");
        Assert.Equal(0, code);
        var r = JsonNode.Parse(output)!;
        var hits = r["hits"]!.AsArray();
        Assert.Equal("a", (string?)hits[0]!["id"]);
        Assert.Equal("示府办发〔2024〕1号", (string?)hits[0]!["documentNumber"]);
        Assert.Contains(hits, h => (string?)h!["id"] == "b");
        Assert.DoesNotContain(hits, h => (string?)h!["id"] == "c");
        Assert.Equal("示府办发〔2024〕1号", (string?)r["documentNumber"]);
    }

    [Fact]
    public void Prints_a_table_with_snippets()
    {
        var (code, output, _) = Run("search", "--package", _dir, "政务公开");
        Assert.Equal(0, code);
        Assert.Contains("共 1 条", output);
        Assert.Contains("【政务公开】", output); // a terminal shows the match, not HTML tags
        Assert.DoesNotContain("<mark>", output);
        Assert.DoesNotContain("内部管理", output);
    }

    [Fact]
    public void Filters_and_sort()
    {
        var (_, output, _) = Run("search", "--package", _dir, "--filter", "issuer=示例市人民政府办公室", "--sort", "date", "--json");
        Assert.Equal(2, (int)JsonNode.Parse(output)!["total"]!);
        Assert.Equal(2, Run("search", "--package", _dir, "x", "--filter", "nokey").Code);
        Assert.Equal(2, Run("search", "--package", _dir, "x", "--sort", "sideways").Code);
    }

    [Fact]
    public void Missing_package_is_a_clear_error()
    {
        var (code, _, err) = Run("search", "--package", Path.Combine(_dir, "missing"), "x");
        Assert.Equal(1, code);
        Assert.Contains("内容包目录不存在", err);
    }

    [Fact]
    public void Hostile_query_prints_a_note_not_a_crash()
    {
        var (code, _, err) = Run("search", "--package", _dir, new string('"', 5000) + "title:*");
        Assert.Equal(0, code);
        Assert.Contains("检索词过长", err);
    }
}
