using System.Text.Json.Nodes;
using GovOpen.Core.Checks;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public class StandardCatalogueTests
{
    private static JsonObject Row(string? mode = "proactive", string? audience = "全社会", string item = "规划批前公示", JsonNode? channels = null) => new()
    {
        ["area"] = "城乡规划",
        ["item"] = item,
        ["content"] = "项目名称、建设单位、规划条件",
        ["basis"] = "《中华人民共和国城乡规划法》",
        ["timeLimit"] = "批准前公示不少于30日",
        ["body"] = "示例县自然资源局",
        ["audience"] = audience,
        ["mode"] = mode,
        ["channels"] = channels ?? new JsonArray("政府网站", "公开栏"),
        ["level"] = "县级",
    };

    [Fact]
    public void Rows_round_trip_and_accept_the_names_as_well_as_the_aliases()
    {
        var issues = new List<Issue>();
        var rows = StandardCatalogue.Read(new JsonArray(Row(), Row(mode: "依申请", audience: "specificGroups", channels: JsonValue.Create("公开栏、便民服务站"))), issues);
        Assert.Empty(issues);
        Assert.Equal(2, rows.Count);
        Assert.Equal((PublicationAudience.Everyone, DisclosureAttribute.Proactive), (rows[0].Audience, rows[0].Mode));
        Assert.Equal((PublicationAudience.SpecificGroups, DisclosureAttribute.OnRequest), (rows[1].Audience, rows[1].Mode));
        Assert.Equal(["公开栏", "便民服务站"], rows[1].Channels);
        Assert.Empty(StandardCatalogue.Validate(rows));
        Assert.Equal(rows, StandardCatalogue.Read(StandardCatalogue.Write(rows), issues), new RowComparer());
    }

    [Fact]
    public void A_bad_row_is_named_by_number_and_field_and_the_rest_is_kept()
    {
        var issues = new List<Issue>();
        var rows = StandardCatalogue.Read(new JsonArray(Row(), Row(mode: "notDisclosed"), Row(audience: "领导"), JsonValue.Create("x")), issues);
        Assert.Single(rows);
        Assert.Contains(issues, i => i.Code == "mode" && i.Message.Contains("第2项") && i.Field == PropertyAliases.StandardCatalogue);
        Assert.Contains(issues, i => i.Code == "audience" && i.Message.Contains("第3项") && i.Message.Contains("领导"));
        Assert.Contains(issues, i => i.Code == "not-an-entry" && i.Message.Contains("第4项"));
        var notAList = new List<Issue>();
        Assert.Empty(StandardCatalogue.Read(JsonValue.Create("not a list"), notAList));
        Assert.Equal("not-a-list", Assert.Single(notAList).Code);
    }

    [Fact]
    public void Every_row_needs_its_matter_content_basis_time_limit_body_and_a_channel()
    {
        var row = Row(item: " ", channels: new JsonArray());
        row["basis"] = "";
        var rows = StandardCatalogue.Read(new JsonArray(row), []);
        var issues = StandardCatalogue.Validate(rows);
        Assert.Contains(issues, i => i.Message.Contains("公开事项"));
        Assert.Contains(issues, i => i.Message.Contains("公开依据"));
        Assert.Contains(issues, i => i.Code == "channels");
        Assert.DoesNotContain(issues, i => i.Message.Contains("公开时限"));
        // What the editor marks is what Validate reports: one issue per missing key, in the same order.
        Assert.Equal(["item", "basis", "channels"], StandardCatalogue.MissingOf(rows[0]));
        Assert.Equal(["required", "required", "channels"], issues.Select(i => i.Code));
    }

    [Fact]
    public void The_pre_publication_check_runs_the_catalogue_rules_on_a_page()
    {
        var page = new ContentItem
        {
            Id = "jcml",
            ContentType = ContentTypes.Page,
            Name = "基层政务公开标准目录",
            Properties = new JsonObject { [PropertyAliases.StandardCatalogue] = new JsonArray(Row(), Row(channels: new JsonArray())) },
        };
        var issues = PublicationCheck.Run(page);
        Assert.Contains(issues, i => i.Field == PropertyAliases.StandardCatalogue && i.Code == "channels" && i.Message.Contains("第2项"));
    }

    private sealed class RowComparer : IEqualityComparer<StandardCatalogueEntry>
    {
        public bool Equals(StandardCatalogueEntry? a, StandardCatalogueEntry? b) => a is not null && b is not null && a with { Channels = [] } == b with { Channels = [] } && a.Channels.SequenceEqual(b.Channels);

        public int GetHashCode(StandardCatalogueEntry e) => e.Item.GetHashCode();
    }
}
