using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public sealed class ContentMapperTests
{
    private static readonly PackageManifest Manifest = new() { Name = "示例", Agency = "示例市人民政府", Sample = true };

    private static ContentItem PolicyItem(string id, JsonObject props, string name = "示例市人民政府关于印发示例市某某办法的通知") => new()
    {
        Id = id,
        ContentType = ContentTypes.PolicyDocument,
        Name = name,
        CreateDate = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        UpdateDate = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(8)),
        Route = new ContentRoute($"/xxgk/zcwj/{id}/"),
        Properties = props,
    };

    [Fact]
    public void Mapping_reports_bad_values_and_never_guesses_public()
    {
        var item = PolicyItem("p9", new JsonObject
        {
            ["signedDate"] = "2026-02-30",
            ["genre"] = "圣旨",
            ["disclosure"] = "maybe",
            ["validity"] = new JsonObject
            {
                ["effectiveDate"] = "2026-01-01",
                ["history"] = new JsonArray(new JsonObject { ["kind"] = "abolished", ["date"] = "2025-01-01", ["by"] = new JsonObject { ["title"] = "x" } }),
            },
        });
        var issues = new List<Issue>();
        var p = ContentMapper.ToPolicy(item, issues);
        Assert.Null(p.SignedDate);
        Assert.Equal(DisclosureAttribute.NotDisclosed, p.Disclosure.Attribute);
        Assert.Equal(["disclosure", "genre", "signedDate", "validity"], issues.Select(i => i.Field).Order());
        Assert.All(issues, i => Assert.StartsWith("p9", i.Message));
    }

    [Fact]
    public void Content_set_pairs_interpretations_and_reads_other_types()
    {
        var items = new List<ContentItem>
        {
            PolicyItem("p1", new JsonObject { ["documentNumber"] = "示府发〔2026〕1号" }),
            new()
            {
                Id = "i1", ContentType = ContentTypes.PolicyInterpretation, Name = "图解", Route = new ContentRoute("/xxgk/zcjd/i1/"),
                Properties = new JsonObject { ["interpretationOf"] = new JsonArray(new JsonObject { ["id"] = "p1" }, "p1"), ["form"] = "图解", ["publishedDate"] = "2026-03-06" },
            },
            new()
            {
                Id = "m1", ContentType = ContentTypes.Meeting, Name = "第1次常务会议", Route = new ContentRoute("/xxgk/hygk/m1/"),
                Properties = new JsonObject { ["meetingDate"] = "2026-03-01", ["number"] = 1, ["agenda"] = new JsonArray(new JsonObject { ["topic"] = "审议", ["isPublic"] = false }, new JsonObject { ["topic"] = "研究" }) },
            },
            new()
            {
                Id = "f1", ContentType = ContentTypes.FeeItem, Name = "工本费", Route = new ContentRoute("/xxgk/jgsf/f1/"),
                Properties = new JsonObject { ["feeCategory"] = "行政事业性收费", ["collector"] = "示例市公安局", ["standards"] = new JsonArray(new JsonObject { ["from"] = "2020-01-01", ["amount"] = 10, ["unit"] = "元/证", ["basis"] = new JsonArray("示价〔2019〕1号") }) },
            },
        };
        var set = ContentSet.From(Manifest, items);
        Assert.Empty(set.Problems);
        Assert.Equal(["p1"], set.Interpretations["i1"].PolicyIds);
        Assert.Equal("i1", set.InterpretationsByPolicy["p1"].Single().Id);
        Assert.Single(set.Meetings["m1"].PublicItems);
        Assert.Equal("10元/证", set.Fees["f1"].StandardOn(new DateOnly(2026, 1, 1))!.Display);
        Assert.Equal("p1", set.ByRoute("/xxgk/zcwj/p1")!.Id);
    }
}
