using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using A = GovOpen.Core.Content.PropertyAliases;

namespace GovOpen.Core.Consultations;

/// <summary>A <c>govConsultation</c> item read as Core's <see cref="Consultation"/>, and its rules for publishing.</summary>
public static class ConsultationContent
{
    /// <summary>Reads a consultation; a missing or unreadable date is reported naming its field and read as the publication date.</summary>
    public static Consultation Read(IContentValues item, List<Issue> issues)
    {
        var ctx = new ReadContext(item.Id, issues);
        var kindText = ScalarCodecs.ReadText(item.Get(A.ConsultationKind));
        var kind = VocabularyCodec.Read(ConsultationNames.Kinds, item.Get(A.ConsultationKind), A.ConsultationKind, ctx) ?? ConsultationKind.Other;
        if (kindText is null)
        {
            issues.Add(Issue.Error(A.ConsultationKind, "required", "请选择征集类别（重大行政决策、规章、行政规范性文件或其他）", "The kind of draft is required."));
        }
        var fallback = ContentMapper.PublishedDate(item, ctx) ?? ContentMapper.CreationDay(item.CreateDate);
        DateOnly Required(string field, string label)
        {
            if (ScalarCodecs.ReadDate(item.Get(field), field, ctx) is { } d)
            {
                return d;
            }
            issues.Add(Issue.Error(field, "required", $"请填写{label}", $"The {field} date is required."));
            return fallback;
        }
        var opens = Required(A.Opens, "开始日期");
        var closes = Required(A.Closes, "截止日期");
        return new Consultation(item.Id, item.Name, kind, opens, closes,
            ScalarCodecs.ReadText(item.Get(A.ShortenedReason)),
            ScalarCodecs.ReadDate(item.Get(A.FeedbackDate), A.FeedbackDate, ctx),
            ScalarCodecs.ReadText(item.Get(A.FinalDocument)),
            ScalarCodecs.ReadBool(item.Get(A.NameRequired)) == true);
    }

    /// <summary>
    /// A new consultation on a draft document (the editor's "公开征求意见" on a 政策文件 draft): named after the draft, of
    /// the kind its category makes it (规章 → 规章, 行政规范性文件 → 规范性文件, otherwise 其他 — the editor chooses
    /// 重大行政决策 where it is one), opening on the day given and closing on the earliest day the kind allows, with the
    /// draft's text and attachments. The item is unpublished content for the editor to complete; <paramref name="id"/>
    /// names it so a second request for the same draft finds the first.
    /// </summary>
    public static ContentItem OpenFor(IContentValues draft, Documents.PolicyDocument policy, string id, DateOnly opens, Calendar.WorkCalendar calendar)
    {
        var kind = policy.Category switch
        {
            Documents.PolicyCategory.Rule => ConsultationKind.Rule,
            Documents.PolicyCategory.Normative => ConsultationKind.NormativeDocument,
            _ => ConsultationKind.Other,
        };
        var title = policy.Title.Trim().Trim('《', '》');
        title = title.Contains("征求意见稿", StringComparison.Ordinal) ? title : title + "（征求意见稿）";
        var properties = new System.Text.Json.Nodes.JsonObject
        {
            [A.ConsultationKind] = ConsultationNames.Kinds.Alias(kind),
            [A.Opens] = Text.IsoDate.Format(opens),
            [A.Closes] = Text.IsoDate.Format(ConsultationRules.EarliestClose(kind, opens, calendar)),
        };
        foreach (var alias in new[] { A.Body, A.Attachments })
        {
            if (draft.Get(alias) is { } value)
            {
                properties[alias] = value.DeepClone();
            }
        }
        return new ContentItem
        {
            Id = id,
            ContentType = ContentTypes.Consultation,
            Name = $"《{title}》公开征求意见",
            Route = new ContentRoute("/"),
            Properties = properties,
        };
    }

    /// <summary>The pre-publication rules of a consultation: its period, and a feedback date only with the feedback itself.</summary>
    public static IReadOnlyList<Issue> Check(IContentValues item, Calendar.WorkCalendar calendar)
    {
        var issues = new List<Issue>();
        var c = Read(item, issues);
        issues.AddRange(ConsultationRules.Validate(c, calendar));
        var feedback = Text.HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Feedback)));
        if (c.FeedbackPublished is not null && string.IsNullOrWhiteSpace(feedback))
        {
            issues.Add(Issue.Error(A.Feedback, "required", "填写了采纳情况公布日期，但没有采纳情况", "A feedback date needs the feedback."));
        }
        if (c.FeedbackPublished is { } f && f < c.Closes)
        {
            issues.Add(Issue.Error(A.FeedbackDate, "before-close", "采纳情况应在征集截止之后公布", "The feedback is published after the period closes."));
        }
        return issues;
    }

    /// <summary>
    /// In a sample package (manifest <c>sample: true</c>) a consultation's dates are kept relative to the package's
    /// creation day, so the sample always shows an open consultation, one awaiting feedback and a completed one: the
    /// dates move by the days between <paramref name="created"/> and <paramref name="today"/>. Real packages are never shifted.
    /// </summary>
    public static ContentItem ShiftSample(ContentItem item, DateOnly created, DateOnly today)
    {
        var days = today.DayNumber - created.DayNumber;
        if (item.ContentType != ContentTypes.Consultation || days == 0)
        {
            return item;
        }
        var properties = (System.Text.Json.Nodes.JsonObject)item.Properties.DeepClone();
        foreach (var field in new[] { A.Opens, A.Closes, A.FeedbackDate })
        {
            if (ScalarCodecs.ReadDate(properties[field], field, new ReadContext(item.Id, [])) is { } d)
            {
                properties[field] = ScalarCodecs.WriteDate(d.AddDays(days));
            }
        }
        return item with { Properties = properties };
    }
}
