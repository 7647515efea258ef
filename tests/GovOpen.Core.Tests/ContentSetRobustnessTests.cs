using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Tests;

public sealed class ContentSetRobustnessTests
{
    private static ContentItem Item(string id, string path = "/xxgk/a/") => new()
    {
        Id = id, ContentType = ContentTypes.PolicyDocument, Name = "政策" + id, Route = new ContentRoute(path),
        Properties = new JsonObject { ["publishedDate"] = "2026-01-01" },
    };

    [Fact]
    public void One_malformed_item_is_reported_and_skipped_and_duplicates_are_resolved()
    {
        // As the Delivery API might send them: a null route, null properties, an unsafe id, the same id twice.
        var nullRoute = JsonSerializer.Deserialize<ContentItem>("""{"id":"r","contentType":"govPolicyDocument","name":"x","route":null,"properties":{}}""")!;
        var nullProps = JsonSerializer.Deserialize<ContentItem>("""{"id":"p","contentType":"govPolicyDocument","name":"x","route":{"path":"/xxgk/p/"},"properties":null}""")!;
        var set = ContentSet.From(new PackageManifest(), [Item("a"), nullRoute, nullProps, Item("../etc"), Item("a", "/xxgk/a2/"), Item("b", "/xxgk/b/")]);
        Assert.Equal(["a", "b"], set.Items.Select(i => i.Id));
        Assert.Equal("/xxgk/a/", set.ById["a"].Route.Path); // the first of two with one id is kept
        Assert.Equal(["duplicate", "invalid", "required", "unsafe"], set.Problems.Select(p => p.Code).Order(StringComparer.Ordinal));
        Assert.Equal(2, PublicSurface.Of(set, new DateOnly(2026, 2, 1)).Policies.Count);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("\"yes\"", true)] // not understood: fails closed
    [InlineData("{}", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("\"false\"", false)]
    [InlineData("null", false)]
    public void A_draft_flag_of_any_json_type_fails_closed(string json, bool draft)
    {
        var item = Item("a") with { Properties = new JsonObject { ["draft"] = JsonNode.Parse(json), ["publishedDate"] = "2026-01-01" } };
        Assert.Equal(draft, ContentMapper.IsDraft(item));
        Assert.Equal(draft ? 0 : 1, PublicSurface.Of(ContentSet.From(new PackageManifest(), [item]), new DateOnly(2026, 2, 1)).Items.Count);
    }
}
