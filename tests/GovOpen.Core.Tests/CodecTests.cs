using System.Text.Json.Nodes;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public sealed class CodecTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("2", null)] // an integer other than 0/1 is not a boolean
    [InlineData("\"yes\"", null)]
    public void Booleans_arrive_in_several_shapes(string json, bool? expected) =>
        Assert.Equal(expected, ScalarCodecs.ReadBool(JsonNode.Parse(json)));

    [Fact]
    public void Disclosure_round_trips_and_fails_closed()
    {
        var d = new DisclosureDecision(DisclosureAttribute.OnRequest, DisclosureGround.Art15ThirdParty, "涉及第三方", new DateOnly(2027, 1, 1));
        Assert.Equal(d, DisclosureCodec.Read(DisclosureCodec.Write(d), ReadContext.Quiet()));
        Assert.Equal(DisclosureDecision.Proactive, DisclosureCodec.Read(null, ReadContext.Quiet()));
        var ctx = new ReadContext("p1", []);
        foreach (var bad in new JsonNode[] { 1, true, "公开吧", new JsonObject { ["attribute"] = "maybe" }, new JsonArray() })
        {
            Assert.Equal(DisclosureAttribute.NotDisclosed, DisclosureCodec.Read(bad, ctx).Attribute);
        }
        Assert.All(ctx.Issues, i => Assert.StartsWith("p1：", i.Message));
    }

    [Fact]
    public void Validity_round_trips_and_keeps_the_legal_part_of_a_bad_history()
    {
        var record = ValidityRecord.Starting(new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31))
            .With(new ValidityEvent(ValidityEventKind.Revised, new DateOnly(2025, 5, 1), new DocumentRef(DocumentNumber: "示府规〔2025〕2号")));
        var back = ValidityCodec.Read(ValidityCodec.Write(record), ReadContext.Quiet());
        Assert.Equal(record.History, back.History);

        var json = ValidityCodec.Write(record);
        ((JsonArray)json["history"]!).Add(new JsonObject { ["kind"] = "abolished", ["date"] = "2023-01-01", ["by"] = new JsonObject { ["title"] = "x" } });
        var ctx = new ReadContext(null, []);
        Assert.Equal(record.History, ValidityCodec.Read(json, ctx).History);
        Assert.Equal("out-of-order", Assert.Single(ctx.Issues).Code);
    }

    [Fact]
    public void Text_lists_split_a_textarea_one_entry_per_line()
    {
        Assert.Equal(["示例市人民政府", "示例市财政局"], ScalarCodecs.ReadTextList(JsonValue.Create("示例市人民政府\n 示例市财政局 \n")));
        Assert.Equal(["甲", "乙"], ScalarCodecs.ReadTextList(new JsonArray("甲", " ", "乙")));
    }
}
