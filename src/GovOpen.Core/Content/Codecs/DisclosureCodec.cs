using System.Text.Json.Nodes;
using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// 公开属性 as stored: <c>{"attribute","ground","reason","reviewDate"}</c> or a bare attribute string. Absent means
/// 主动公开 (条例 art. 5); anything unrecognised fails closed as 不予公开 and is reported, so nothing leaks.
/// </summary>
public static class DisclosureCodec
{
    public static DisclosureDecision Read(JsonNode? node, ReadContext ctx)
    {
        switch (node)
        {
            case null:
                return DisclosureDecision.Proactive;
            case JsonValue v when DisclosureNames.Attributes.TryParse(ScalarCodecs.ReadText(v), out var a):
                return new DisclosureDecision(a);
            case JsonObject o when DisclosureNames.Attributes.TryParse(ScalarCodecs.ReadText(o["attribute"]), out var attr):
                DisclosureGround? ground = DisclosureNames.Grounds.TryParse(ScalarCodecs.ReadText(o["ground"]), out var g) ? g : null;
                return new DisclosureDecision(attr, ground, ScalarCodecs.ReadText(o["reason"]), ScalarCodecs.ReadDate(o["reviewDate"], "reviewDate", ctx));
        }
        ctx.Report(Issue.Error(DisclosureDecision.Field, "bad-value", "公开属性无法识别，按不予公开处理", "unrecognized disclosure; treated as not disclosed."));
        return new DisclosureDecision(DisclosureAttribute.NotDisclosed);
    }

    public static JsonObject Write(DisclosureDecision d)
    {
        var o = new JsonObject { ["attribute"] = d.Attribute.Alias() };
        if (d.Ground is { } g)
        {
            o["ground"] = g.Alias();
        }
        if (d.Reason is not null)
        {
            o["reason"] = d.Reason;
        }
        if (d.ReviewDate is { } r)
        {
            o["reviewDate"] = ScalarCodecs.WriteDate(r);
        }
        return o;
    }
}
