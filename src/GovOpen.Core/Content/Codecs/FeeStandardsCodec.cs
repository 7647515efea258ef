using System.Text.Json.Nodes;
using GovOpen.Core.Fees;

namespace GovOpen.Core.Content.Codecs;

/// <summary>收费标准 as stored: <c>[{"from","to","amount","unit","rule","basis":[文号…]}]</c>; a standard without its start date is reported and skipped.</summary>
public static class FeeStandardsCodec
{
    public const string Field = "standards";

    public static IReadOnlyList<FeeStandard> Read(JsonNode? node, ReadContext ctx)
    {
        var standards = new List<FeeStandard>();
        if (node is not JsonArray arr)
        {
            return standards;
        }
        foreach (var s in arr.OfType<JsonObject>())
        {
            if (ScalarCodecs.ReadDate(s["from"], "from", ctx) is not { } from)
            {
                ctx.Report(Issue.Error(Field, "from-required", "收费标准缺少起始日期", "a fee standard has no start date."));
                continue;
            }
            standards.Add(new FeeStandard(from, ScalarCodecs.ReadDate(s["to"], "to", ctx), ScalarCodecs.ReadNumber(s["amount"]),
                ScalarCodecs.ReadText(s["unit"]), ScalarCodecs.ReadText(s["rule"]), ScalarCodecs.ReadTextList(s["basis"])));
        }
        return standards;
    }

    public static JsonArray Write(IEnumerable<FeeStandard> standards) => new(standards.Select(s => (JsonNode)new JsonObject
    {
        ["from"] = ScalarCodecs.WriteDate(s.From),
        ["to"] = ScalarCodecs.WriteDate(s.To),
        ["amount"] = s.Amount,
        ["unit"] = s.Unit,
        ["rule"] = s.Rule,
        ["basis"] = ScalarCodecs.WriteTextList(s.Basis),
    }).ToArray());
}
