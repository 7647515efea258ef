using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;

namespace GovOpen.Core.Tests;

/// <summary>The fast paths of loading content (hand-written ISO dates, item properties that own their values, a 文号 parsed once) behave as the slow ones did.</summary>
public sealed class StartupPathTests
{
    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData(" 2024-01-05 ", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-04-31", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2024-1-05", false)]
    [InlineData("2024/01/05", false)]
    [InlineData("２０２４-01-05", false)]
    [InlineData("2024-01-05T00:00", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void An_iso_date_is_exactly_yyyy_mm_dd_and_a_real_day(string? text, bool ok)
    {
        Assert.Equal(ok, IsoDate.TryParse(text, out var d));
        var framework = DateOnly.TryParseExact(text?.Trim(), IsoDate.Pattern, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var expected);
        Assert.Equal(framework, ok);
        Assert.Equal(expected, d);
    }

    private const string ItemJson = """
        {"id":"a","contentType":"govPolicyDocument","name":"示例","route":{"path":"/a/"},
         "properties":{"title":"示例市文件","size":2048,"ratio":1.5,"flag":true,"none":null,"list":[1,"二",{"x":"三"}],"nested":{"deep":[[]]}}}
        """;

    [Fact]
    public void Item_properties_read_into_owned_values_behave_as_the_serializer_tree_did()
    {
        var item = JsonSerializer.Deserialize<ContentItem>(ItemJson)!;
        var plain = JsonNode.Parse(ItemJson)!["properties"]!.AsObject();
        Assert.True(JsonNode.DeepEquals(plain, item.Properties));
        Assert.Equal("示例市文件", item.Properties["title"]!.GetValue<string>());
        Assert.Equal(2048, item.Properties["size"]!.GetValue<int>());
        Assert.Equal(2048L, item.Properties["size"]!.GetValue<long>());
        Assert.True(item.Properties["size"]!.AsValue().TryGetValue<decimal>(out var m) && m == 2048m);
        Assert.Equal(1.5, item.Properties["ratio"]!.GetValue<double>());
        Assert.True(item.Properties["flag"]!.GetValue<bool>());
        Assert.Null(item.Properties["none"]);
        Assert.True(item.Properties.ContainsKey("none"));
        Assert.Equal("三", item.Properties["list"]![2]!["x"]!.GetValue<string>());
        // Written back, it is the same JSON.
        Assert.True(JsonNode.DeepEquals(plain, JsonNode.Parse(JsonSerializer.Serialize(item))!["properties"]));
    }

    [Theory]
    [InlineData("""{"id":"a","contentType":"t","name":"n","route":{"path":"/a/"},"properties":{"title":"一","title":"二"}}""", "title")]
    [InlineData("""{"id":"a","contentType":"t","name":"n","route":{"path":"/a/"},"properties":{"body":{"markup":"一","markup":"二"}}}""", "markup")]
    public void A_property_named_twice_is_refused_when_read_naming_it(string json, string name)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContentItem>(json));
        Assert.Contains($"'{name}'", e.Message);
    }

    [Fact]
    public void Properties_that_are_not_an_object_are_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ContentItem>("""{"id":"a","contentType":"t","name":"n","route":{"path":"/a/"},"properties":[1]}"""));
    }

    [Fact]
    public void A_policy_parses_its_number_when_it_is_set_and_again_when_a_copy_changes_it()
    {
        var p = new PolicyDocument { Id = "p", Title = "示例", DocumentNumber = "示府发〔2024〕3号" };
        Assert.Equal(3, p.ParsedNumber!.Sequence);
        var copy = p with { DocumentNumber = "示府办发[2025]7号" };
        Assert.Equal((2025, 7), (copy.ParsedNumber!.Year, copy.ParsedNumber.Sequence));
        Assert.Null((p with { DocumentNumber = "无文号" }).ParsedNumber);
        Assert.Equal(3, (p with { Title = "改名" }).ParsedNumber!.Sequence);
        Assert.Equal(p, p with { }); // value equality still holds
    }
}
