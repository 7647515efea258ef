using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Text;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Content;

/// <summary>
/// Reads content items into domain types and writes domain types back into items. Property aliases are the
/// ones of docs/content-model.md. Reading is lenient about shape (a content picker value may be an id or an
/// object with <c>id</c>; rich text may be a string or <c>{"markup": …}</c>) and strict about values: each
/// bad value is reported as an <see cref="Issue"/> naming the item and field, and the field is left empty.
/// </summary>
public static class ContentMapper
{
    /// <summary>An item marked <c>"draft": true</c> (e.g. from <c>govopen import</c>) has no publication date, so it is never public.</summary>
    public static bool IsDraft(ContentItem item) => item.Properties["draft"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static DateOnly? PublishedOf(ContentItem item, JsonObject p, List<Issue> issues) =>
        IsDraft(item) ? null : Date(item, p, "publishedDate", issues) ?? DateOnly.FromDateTime(item.CreateDate.DateTime);

    public static PolicyDocument ToPolicy(ContentItem item, List<Issue> issues)
    {
        var p = item.Properties;
        var doc = new PolicyDocument
        {
            Id = item.Id,
            Title = item.Name,
            DocumentNumber = Str(p, "documentNumber"),
            IndexNumber = Str(p, "indexNumber"),
            Topic = Str(p, "topic"),
            Issuers = Strings(p, "issuers"),
            SignedDate = Date(item, p, "signedDate", issues),
            PublishedDate = PublishedOf(item, p, issues),
            RegistrationNumber = Str(p, "registrationNumber"),
            Body = RichText(p, "body"),
            NoInterpretationReason = Str(p, "noInterpretationReason"),
            RequiresInterpretation = p["requiresInterpretation"] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null,
        };
        if (Str(p, "genre") is { } g)
        {
            if (DocumentGenres.TryParse(g, out var genre))
            {
                doc.Genre = genre;
            }
            else
            {
                issues.Add(Bad(item, "genre", g));
            }
        }
        else
        {
            doc.Genre = DocumentGenres.FromTitle(item.Name);
        }
        doc.Category = Str(p, "category") switch
        {
            "normative" or "行政规范性文件" or "规范性文件" => PolicyCategory.Normative,
            "rule" or "规章" => PolicyCategory.Rule,
            _ => PolicyCategory.Other,
        };
        doc.Disclosure = Disclosure(item, p, issues);
        doc.Validity = ValidityOf(item, p, issues);
        if (p["attachments"] is JsonArray atts)
        {
            doc.Attachments = atts.OfType<JsonObject>()
                .Select(a => new Attachment(Str(a, "name") ?? "", Str(a, "url") ?? "", Str(a, "mediaType"), Number(a["size"]) is { } size ? (long)size : null, Str(a, "alternativeFormatContact")))
                .ToList();
        }
        return doc;
    }

    public static Interpretation ToInterpretation(ContentItem item, List<Issue> issues)
    {
        var p = item.Properties;
        var i = new Interpretation
        {
            Id = item.Id,
            Title = item.Name,
            PolicyIds = Ids(p, "interpretationOf"),
            PublishedDate = PublishedOf(item, p, issues),
            Interpreter = Str(p, "interpreter"),
            Disclosure = Disclosure(item, p, issues),
        };
        if (Str(p, "form") is { } f)
        {
            if (InterpretationForms.TryParse(f, out var form))
            {
                i.Form = form;
            }
            else
            {
                issues.Add(Bad(item, "form", f));
            }
        }
        return i;
    }

    public static Meeting ToMeeting(ContentItem item, List<Issue> issues)
    {
        var p = item.Properties;
        var m = new Meeting
        {
            Id = item.Id,
            Name = item.Name,
            Series = Str(p, "series"),
            Number = Number(p["number"]) is { } n && n == Math.Floor(n) && n is > 0 and < int.MaxValue ? (int)n : null,
            Date = Date(item, p, "meetingDate", issues),
            Host = Str(p, "host"),
            Attendees = Str(p, "attendees"),
            Location = Str(p, "location"),
            PublishedDate = PublishedOf(item, p, issues),
            Disclosure = Disclosure(item, p, issues),
        };
        if (p["agenda"] is JsonArray agenda)
        {
            m.Items = agenda.OfType<JsonObject>().Select(a => new AgendaItem(
                Str(a, "topic") ?? "",
                Str(a, "decision"),
                a["isPublic"] is not JsonValue pv || !pv.TryGetValue<bool>(out var pub) || pub,
                Ids(a, "documents"),
                Ids(a, "interpretations"),
                Str(a, "presenter"))).ToList();
        }
        return m;
    }

    public static FeeItem ToFee(ContentItem item, List<Issue> issues)
    {
        var p = item.Properties;
        var f = new FeeItem
        {
            Id = item.Id,
            Name = item.Name,
            Collector = Str(p, "collector"),
            Payer = Str(p, "payer"),
            Note = Str(p, "note"),
            PublishedDate = PublishedOf(item, p, issues),
            Disclosure = Disclosure(item, p, issues),
        };
        if (Str(p, "feeCategory") is { } c)
        {
            if (FeeCategories.TryParse(c, out var cat))
            {
                f.Category = cat;
            }
            else
            {
                issues.Add(Bad(item, "feeCategory", c));
            }
        }
        var standards = new List<FeeStandard>();
        if (p["standards"] is JsonArray arr)
        {
            foreach (var s in arr.OfType<JsonObject>())
            {
                var from = Date(item, s, "from", issues);
                if (from is null)
                {
                    issues.Add(Issue.Error("standards", "from-required", $"{item.Id}：收费标准缺少起始日期", $"{item.Id}: a fee standard has no start date."));
                    continue;
                }
                var amount = Number(s["amount"]);
                standards.Add(new FeeStandard(from.Value, Date(item, s, "to", issues), amount, Str(s, "unit"), Str(s, "rule"), Strings(s, "basis")));
            }
        }
        f.Standards = standards;
        return f;
    }

    /// <summary>A JSON number (however the node was built: parsed or created in code), or a numeric string.</summary>
    public static decimal? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
        && decimal.TryParse(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    /// <summary>The body as plain text (for search).</summary>
    public static string PlainBody(ContentItem item) => HtmlText.ToPlainText(RichText(item.Properties, "body"));

    /// <summary>Rich text from a string or a Delivery API <c>{"markup": …}</c> object.</summary>
    public static string RichText(JsonObject p, string alias) => p[alias] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o when o["markup"] is JsonValue m && m.TryGetValue<string>(out var markup) => markup,
        _ => "",
    };

    public static string? Str(JsonObject p, string alias) =>
        p[alias] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static IReadOnlyList<string> Strings(JsonObject p, string alias) => p[alias] switch
    {
        JsonArray a => a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null).OfType<string>().Where(s => s.Length > 0).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Trim().Length > 0 => [s.Trim()],
        _ => [],
    };

    /// <summary>Content picker values: ids, or objects with an <c>id</c> (Delivery API expanded form).</summary>
    public static IReadOnlyList<string> Ids(JsonObject p, string alias) => p[alias] switch
    {
        JsonArray a => a.Select(x => x switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o => Str(o, "id"),
            _ => null,
        }).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length > 0 => [s],
        _ => [],
    };

    public static DateOnly? Date(ContentItem item, JsonObject p, string alias, List<Issue> issues)
    {
        var s = Str(p, alias);
        if (s is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || ChineseDate.TryParse(s, out d))
        {
            return d;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }
        issues.Add(Issue.Error(alias, "bad-date", $"{item.Id}：{alias}“{s}”不是有效日期（应为yyyy-MM-dd）", $"{item.Id}: {alias} '{s}' is not a date (yyyy-MM-dd)."));
        return null;
    }

    private static Issue Bad(ContentItem item, string alias, string value) =>
        Issue.Error(alias, "bad-value", $"{item.Id}：{alias}的值“{value}”无效", $"{item.Id}: invalid {alias} '{value}'.");

    private static DisclosureDecision Disclosure(ContentItem item, JsonObject p, List<Issue> issues)
    {
        switch (p["disclosure"])
        {
            case null:
                return DisclosureDecision.Proactive;
            case JsonValue v when v.TryGetValue<string>(out var s):
                if (DisclosureNames.TryParseAttribute(s, out var a))
                {
                    return new DisclosureDecision(a);
                }
                break;
            case JsonObject o when DisclosureNames.TryParseAttribute(Str(o, "attribute"), out var attr):
                DisclosureGround? ground = DisclosureNames.TryParseGround(Str(o, "ground"), out var g) ? g : null;
                DateOnly? review = Date(item, o, "reviewDate", issues);
                return new DisclosureDecision(attr, ground, Str(o, "reason"), review);
        }
        // Unknown disclosure: never guess "public". Treat as withheld so nothing leaks, and report it.
        issues.Add(Issue.Error("disclosure", "bad-value", $"{item.Id}：公开属性无法识别，按不予公开处理", $"{item.Id}: unrecognized disclosure; treated as not disclosed."));
        return new DisclosureDecision(DisclosureAttribute.NotDisclosed);
    }

    private static ValidityRecord ValidityOf(ContentItem item, JsonObject p, List<Issue> issues)
    {
        if (p["validity"] is not JsonObject v)
        {
            return new ValidityRecord();
        }
        var record = new ValidityRecord();
        var effective = Date(item, v, "effectiveDate", issues);
        if (effective is { } e)
        {
            TryApply(record, new ValidityEvent(ValidityEventKind.Effective, e, ValidUntil: Date(item, v, "validUntil", issues)), item, issues);
        }
        if (v["history"] is JsonArray history)
        {
            foreach (var h in history.OfType<JsonObject>())
            {
                var kind = Str(h, "kind") switch
                {
                    "revised" or "修订" => ValidityEventKind.Revised,
                    "extended" or "延长有效期" => ValidityEventKind.Extended,
                    "abolished" or "废止" => ValidityEventKind.Abolished,
                    "declaredInvalid" or "宣布失效" => ValidityEventKind.DeclaredInvalid,
                    _ => (ValidityEventKind?)null,
                };
                var date = Date(item, h, "date", issues);
                if (kind is null || date is null)
                {
                    issues.Add(Issue.Error("validity", "bad-event", $"{item.Id}：有效性变更记录缺少类型或日期", $"{item.Id}: a validity event lacks its kind or date."));
                    continue;
                }
                DocumentRef? by = h["by"] is JsonObject b ? new DocumentRef(Str(b, "id"), Str(b, "documentNumber"), Str(b, "title")) : null;
                TryApply(record, new ValidityEvent(kind.Value, date.Value, by, Date(item, h, "validUntil", issues), Str(h, "note")), item, issues);
            }
        }
        return record;
    }

    private static void TryApply(ValidityRecord record, ValidityEvent e, ContentItem item, List<Issue> issues)
    {
        if (record.Check(e) is { } issue)
        {
            issues.Add(issue with { Message = $"{item.Id}：{issue.Message}", MessageEn = $"{item.Id}: {issue.MessageEn}" });
        }
        else
        {
            record.Apply(e);
        }
    }

    // ---- writing -------------------------------------------------------------------------

    /// <summary>The properties of a policy document as a content item.</summary>
    public static ContentItem FromPolicy(PolicyDocument d, ContentRoute route, DateTimeOffset created, string? parentId = null)
    {
        var props = new JsonObject
        {
            ["documentNumber"] = d.ParsedNumber?.Normalized ?? d.DocumentNumber,
            ["indexNumber"] = d.IndexNumber,
            ["topic"] = d.Topic,
            ["issuers"] = new JsonArray(d.Issuers.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
            ["signedDate"] = Iso(d.SignedDate),
            ["publishedDate"] = Iso(d.PublishedDate),
            ["genre"] = d.Genre.Name(),
            ["category"] = d.Category switch { PolicyCategory.Normative => "normative", PolicyCategory.Rule => "rule", _ => "other" },
            ["disclosure"] = DisclosureJson(d.Disclosure),
            ["body"] = new JsonObject { ["markup"] = d.Body, ["blocks"] = new JsonArray() },
        };
        if (d.RegistrationNumber is not null)
        {
            props["registrationNumber"] = d.RegistrationNumber;
        }
        if (d.RequiresInterpretation is { } ri)
        {
            props["requiresInterpretation"] = ri;
            props["noInterpretationReason"] = d.NoInterpretationReason;
        }
        if (d.Validity.EffectiveDate is not null || d.Validity.History.Count > 0)
        {
            props["validity"] = ValidityJson(d.Validity);
        }
        if (d.Attachments.Count > 0)
        {
            props["attachments"] = new JsonArray(d.Attachments.Select(a => (JsonNode)new JsonObject
            {
                ["name"] = a.Name,
                ["url"] = a.Url,
                ["mediaType"] = a.MediaType,
                ["size"] = a.SizeBytes,
            }).ToArray());
        }
        return new ContentItem
        {
            Id = d.Id,
            ContentType = ContentTypes.PolicyDocument,
            Name = d.Title,
            CreateDate = created,
            UpdateDate = created,
            Route = route,
            Properties = props,
            ParentId = parentId,
        };
    }

    public static JsonObject DisclosureJson(DisclosureDecision d)
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
            o["reviewDate"] = Iso(r);
        }
        return o;
    }

    public static JsonObject ValidityJson(ValidityRecord v)
    {
        var history = new JsonArray();
        foreach (var e in v.History.Where(e => e.Kind != ValidityEventKind.Effective))
        {
            var o = new JsonObject
            {
                ["kind"] = e.Kind switch
                {
                    ValidityEventKind.Revised => "revised",
                    ValidityEventKind.Extended => "extended",
                    ValidityEventKind.Abolished => "abolished",
                    _ => "declaredInvalid",
                },
                ["date"] = Iso(e.Date),
            };
            if (e.By is { } by)
            {
                o["by"] = new JsonObject { ["id"] = by.Id, ["documentNumber"] = by.DocumentNumber, ["title"] = by.Title };
            }
            if (e.ValidUntil is { } vu)
            {
                o["validUntil"] = Iso(vu);
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
            ["effectiveDate"] = Iso(v.EffectiveDate),
            ["validUntil"] = Iso(first?.ValidUntil),
            ["history"] = history,
        };
    }

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
