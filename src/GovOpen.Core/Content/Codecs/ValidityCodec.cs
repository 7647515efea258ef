using System.Text.Json.Nodes;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// 有效性 as stored: <c>{"effectiveDate","validUntil","history":[{"kind","date","by","validUntil","note"}]}</c>.
/// Each event goes through <see cref="ValidityRecord.Check"/>; an illegal one is reported and skipped, the rest kept.
/// </summary>
public static class ValidityCodec
{
    public static ValidityRecord Read(JsonNode? node, ReadContext ctx)
    {
        if (node is not JsonObject v)
        {
            return ValidityRecord.None;
        }
        var record = ValidityRecord.None;
        if (ScalarCodecs.ReadDate(v["effectiveDate"], "effectiveDate", ctx) is { } effective)
        {
            record = Add(record, new ValidityEvent(ValidityEventKind.Effective, effective, ValidUntil: ScalarCodecs.ReadDate(v["validUntil"], "validUntil", ctx)), ctx);
        }
        if (v["history"] is JsonArray history)
        {
            foreach (var h in history.OfType<JsonObject>())
            {
                ValidityEventKind? kind = ValidityNames.Events.TryParse(ScalarCodecs.ReadText(h["kind"]), out var k) && k != ValidityEventKind.Effective ? k : null;
                var date = ScalarCodecs.ReadDate(h["date"], "date", ctx);
                if (kind is null || date is null)
                {
                    ctx.Report(Issue.Error(ValidityRecord.Field, "bad-event", "有效性变更记录缺少类型或日期", "a validity event lacks its kind or date."));
                    continue;
                }
                DocumentRef? by = h["by"] is JsonObject b ? new DocumentRef(ScalarCodecs.ReadText(b["id"]), ScalarCodecs.ReadText(b["documentNumber"]), ScalarCodecs.ReadText(b["title"])) : null;
                record = Add(record, new ValidityEvent(kind.Value, date.Value, by, ScalarCodecs.ReadDate(h["validUntil"], "validUntil", ctx), ScalarCodecs.ReadText(h["note"])), ctx);
            }
        }
        return record;
    }

    private static ValidityRecord Add(ValidityRecord record, ValidityEvent e, ReadContext ctx)
    {
        if (record.Check(e) is { } issue)
        {
            ctx.Report(issue);
            return record;
        }
        return record.With(e);
    }

    public static JsonObject Write(ValidityRecord v)
    {
        var history = new JsonArray();
        foreach (var e in v.History.Where(e => e.Kind != ValidityEventKind.Effective))
        {
            var o = new JsonObject { ["kind"] = e.Kind.Alias(), ["date"] = ScalarCodecs.WriteDate(e.Date) };
            if (e.By is { } by)
            {
                o["by"] = new JsonObject { ["id"] = by.Id, ["documentNumber"] = by.DocumentNumber, ["title"] = by.Title };
            }
            if (e.ValidUntil is { } vu)
            {
                o["validUntil"] = ScalarCodecs.WriteDate(vu);
            }
            if (e.Note is not null)
            {
                o["note"] = e.Note;
            }
            history.Add(o);
        }
        var first = v.History.FirstOrDefault(e => e.Kind == ValidityEventKind.Effective);
        return new JsonObject
        {
            ["effectiveDate"] = ScalarCodecs.WriteDate(v.EffectiveDate),
            ["validUntil"] = ScalarCodecs.WriteDate(first?.ValidUntil),
            ["history"] = history,
        };
    }
}
