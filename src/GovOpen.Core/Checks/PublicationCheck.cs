using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Text;
using A = GovOpen.Core.Content.PropertyAliases;

namespace GovOpen.Core.Checks;

/// <summary>Another document found by the duplicate-文号 check: enough to name it and link to it.</summary>
public sealed record DocumentLocator(string Id, string Title, string? Url = null);

/// <summary>
/// What the pre-publication check may look up beyond the item itself. Each lookup is optional: without it, that part
/// is not checked (the CLI on a single file cannot resolve links; the back office can).
/// </summary>
public sealed record PublicationCheckContext
{
    public PolicyValidationOptions Policy { get; init; } = new();

    public ExpressionRules Expressions { get; init; } = ExpressionRules.Default;

    /// <summary>Finds a policy by id for an interpretation's links.</summary>
    public Func<string, PolicyDocument?>? FindPolicy { get; init; }

    /// <summary>Whether an internal link's target is public.</summary>
    public Func<BodyLink, LinkTargetState>? LinkTarget { get; init; }

    /// <summary>The site's own host names: absolute links to them are internal.</summary>
    public IReadOnlyCollection<string> OwnHosts { get; init; } = [];

    /// <summary>The text of an attachment (for the personal-information check), or null when it cannot be read.</summary>
    public Func<Attachment, string?>? AttachmentText { get; init; }

    /// <summary>Other policies with the same 文号 (compare <see cref="DocumentNumber.CanonicalKey"/>; not the item itself, given by id).</summary>
    public Func<DocumentNumber, string, IReadOnlyList<DocumentLocator>>? SameDocumentNumber { get; init; }

    /// <summary>Other items holding the same 索引号 (not the item itself, given by id).</summary>
    public Func<string, string, IReadOnlyList<DocumentLocator>>? SameIndexNumber { get; init; }

    /// <summary>The 索引号 the item was published with before, if it was: a 索引号 never changes once public.</summary>
    public string? PublishedIndexNumber { get; init; }

    /// <summary>The working-day calendar for periods counted in working days (意见征集 of 行政规范性文件).</summary>
    public Calendar.WorkCalendar Calendar { get; init; } = GovOpen.Core.Calendar.WorkCalendar.Embedded;
}

/// <summary>
/// 公开检查: every rule an item must pass before it is published, in one place. The publishing guard in the back
/// office, the workspace's live check and <c>govopen check</c> all call <see cref="Run"/>, so a finding is the same
/// wherever it is shown. Errors block publishing; warnings are shown to the editor.
/// <list type="bullet">
/// <item>metadata and completeness (per content type: 文号 for the 文种, dates in order, 规范性文件 validity period, an interpretation's policy);</item>
/// <item>公开属性: only 主动公开 may be published;</item>
/// <item>personal information in title, body, notes and attachments' text, unless a lawful reason is recorded;</item>
/// <item>internal links to content that is not public;</item>
/// <item>a 文号 already used by another document;</item>
/// <item>expression errors (warnings with the position).</item>
/// </list>
/// </summary>
public static class PublicationCheck
{
    /// <summary>The row-list properties a page may carry.</summary>
    private static readonly Content.Codecs.IRowList[] RowLists = [Disclosure.StandardCatalogue.Rows, Consultations.DecisionCatalogue.Rows];

    public static IReadOnlyList<Issue> Run(IContentValues item, PublicationCheckContext? context = null)
    {
        var ctx = context ?? new PublicationCheckContext();
        var issues = new List<Issue>();
        DateOnly? documentDate = null;
        IReadOnlyList<Attachment> attachments = [];
        var texts = new List<(string Field, string Where, string WhereEn, string? Text)>
        {
            ("name", "标题", "The title", item.Name),
        };
        switch (item.ContentType)
        {
            case ContentTypes.PolicyDocument:
                var policy = ContentMapper.ToPolicy(item, issues);
                issues.AddRange(PolicyDocumentValidator.Validate(policy, ctx.Policy));
                AddDisclosureRule(policy.Disclosure, issues);
                documentDate = policy.SignedDate ?? policy.PublishedDate;
                attachments = policy.Attachments;
                if (policy.ParsedNumber is { } number && ctx.SameDocumentNumber is { } same)
                {
                    foreach (var other in same(number, item.Id).Take(3))
                    {
                        issues.Add(Issue.Error(A.DocumentNumber, "duplicate", $"发文字号“{policy.DocumentNumber}”已由《{other.Title}》使用{(other.Url is null ? "" : $"（{other.Url}）")}；修订后的文件应有新的文号，并在有效性中注明它修订了原文件", $"The document number is already used by '{other.Title}' ({other.Url ?? other.Id})."));
                    }
                }
                if (!string.IsNullOrWhiteSpace(ctx.PublishedIndexNumber) && !string.Equals(ctx.PublishedIndexNumber.Trim(), policy.IndexNumber?.Trim(), StringComparison.Ordinal))
                {
                    issues.Add(Issue.Error(A.IndexNumber, "changed", $"索引号发布后不能更改（原为“{ctx.PublishedIndexNumber}”）", $"The index number cannot change once published (was '{ctx.PublishedIndexNumber}')."));
                }
                else if (policy.IndexNumber is { Length: > 0 } indexNumber && ctx.SameIndexNumber is { } sameIndex)
                {
                    foreach (var other in sameIndex(indexNumber.Trim(), item.Id).Take(3))
                    {
                        issues.Add(Issue.Error(A.IndexNumber, "duplicate", $"索引号“{indexNumber}”已由《{other.Title}》使用，全站索引号不能重复", $"The index number is already used by '{other.Title}'."));
                    }
                }
                break;
            case ContentTypes.PolicyInterpretation:
                var interpretation = ContentMapper.ToInterpretation(item, issues);
                if (ctx.FindPolicy is { } find)
                {
                    issues.AddRange(InterpretationRules.ValidateLinks(interpretation, find));
                }
                else if (interpretation.PolicyIds.Count == 0)
                {
                    issues.Add(Issue.Error(InterpretationRules.Field, "required", "政策解读必须关联至少一个政策文件", "An interpretation must link at least one policy."));
                }
                issues.AddRange(InterpretationRules.ValidateContent(interpretation));
                AddDisclosureRule(interpretation.Disclosure, issues);
                documentDate = interpretation.PublishedDate;
                attachments = interpretation.Attachments;
                texts.AddRange(interpretation.QuestionsAndAnswers.Select((q, i) => (A.QuestionsAndAnswers, $"第{i + 1}组问答", $"Q&A pair {i + 1}", (string?)(q.Question + "\n" + q.Answer))));
                texts.AddRange(interpretation.Images.Select((g, i) => (A.Images, $"第{i + 1}张图解的说明", $"The text of image {i + 1}", (string?)(g.Alt + "\n" + g.LongDescription))));
                texts.Add((A.VideoTranscript, "视频文字稿", "The video transcript", interpretation.VideoTranscript));
                break;
            case ContentTypes.Meeting:
                var meeting = ContentMapper.ToMeeting(item, issues);
                issues.AddRange(meeting.Validate());
                AddDisclosureRule(meeting.Disclosure, issues);
                documentDate = meeting.Date ?? meeting.PublishedDate;
                texts.Add((A.Attendees, "出席和列席", "The attendees", meeting.Attendees));
                texts.AddRange(meeting.Items.Select((m, i) => (m, i)).Where(x => x.m.IsPublic).Select(x => (A.Agenda, $"第{x.i + 1}项议题", $"Agenda item {x.i + 1}", (string?)(x.m.Topic + "\n" + x.m.Decision))));
                break;
            case ContentTypes.FeeItem:
                var fee = ContentMapper.ToFee(item, issues);
                issues.AddRange(fee.Validate());
                AddDisclosureRule(fee.Disclosure, issues);
                documentDate = fee.PublishedDate;
                texts.Add((A.Note, "备注", "The note", fee.Note));
                break;
            case ContentTypes.AnnualReport:
                issues.AddRange(AnnualReports.AnnualReportContent.Check(item));
                documentDate = ContentMapper.PublishedDate(item, new ReadContext(item.Id, issues));
                texts.Add((A.Overview, "总体情况", "The overview", HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Overview)))));
                texts.Add((A.Problems, "存在的主要问题及改进情况", "The problems section", HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Problems)))));
                texts.Add((A.OtherMatters, "其他需要报告的事项", "The other matters", HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.OtherMatters)))));
                break;
            case ContentTypes.Consultation:
                issues.AddRange(Consultations.ConsultationContent.Check(item, ctx.Calendar));
                documentDate = ContentMapper.PublishedDate(item, new ReadContext(item.Id, issues));
                texts.Add((A.Explanation, "起草说明", "The explanation", HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Explanation)))));
                texts.Add((A.Feedback, "意见采纳情况", "The feedback", HtmlText.ToPlainText(ScalarCodecs.ReadRichText(item.Get(A.Feedback)))));
                break;
            default:
                documentDate = ContentMapper.PublishedDate(item, new ReadContext(item.Id, issues));
                // The row lists (基层政务公开标准目录, 重大行政决策事项目录): every row readable and following its rules, and
                // its texts checked like any other.
                foreach (var list in RowLists)
                {
                    if (item.Get(list.Alias) is { } rows)
                    {
                        texts.AddRange(list.Check(rows, issues).Select(t => (list.Alias, t.Where, t.WhereEn, (string?)t.Text)));
                    }
                }
                break;
        }

        if (documentDate == DateOnly.MinValue)
        {
            // No stored date and no creation date (a legacy page read from a file): the date is unknown, every rule applies.
            documentDate = null;
        }
        if (item.ContentType != ContentTypes.PolicyDocument)
        {
            // A policy's attachments are checked by its validator; every other item's here, by the same rule.
            attachments = attachments.Count > 0 ? attachments : AttachmentsCodec.Read(item.Get(A.Attachments));
            issues.AddRange((ctx.Policy.Attachments ?? new AttachmentPolicy()).Check(attachments));
        }
        var body = ContentMapper.Body(item);
        texts.Add((A.Body, "正文", "The body", HtmlText.ToPlainText(body)));
        texts.Add((A.Summary, "栏目说明", "The column summary", ScalarCodecs.ReadText(item.Get(A.Summary))));
        foreach (var a in attachments)
        {
            if (ctx.AttachmentText?.Invoke(a) is { } text)
            {
                texts.Add((A.Attachments, $"附件《{a.Name}》", $"The attachment '{a.Name}'", text));
            }
        }

        // Personal information: one error per kind and part, unless the editor recorded why it is lawfully public.
        var reason = ScalarCodecs.ReadText(item.Get(A.PersonalInformationReason));
        foreach (var (field, where, whereEn, text) in texts)
        {
            issues.AddRange(PersonalInformation.Check([(where, whereEn, text)], reason).Select(i => i with { Field = field }));
        }

        if (ctx.LinkTarget is { } target)
        {
            issues.AddRange(BodyLinks.Check(A.Body, "正文", BodyLinks.Find(body, ctx.OwnHosts), target, "The body"));
        }

        foreach (var (field, where, whereEn, text) in texts.Where(t => t.Field is "name" or A.Body or A.Summary or A.Note or A.VideoTranscript or A.QuestionsAndAnswers or A.Overview or A.Problems or A.OtherMatters))
        {
            issues.AddRange(ctx.Expressions.Check(field, where, text, documentDate, whereEn));
        }
        return issues.DistinctBy(i => (i.Field, i.Code, i.Message)).ToList();
    }

    /// <summary>Whether any finding blocks publishing.</summary>
    public static bool Blocks(IEnumerable<Issue> issues) => issues.Any(i => i.Severity == Severity.Error);

    private static void AddDisclosureRule(DisclosureDecision d, List<Issue> issues)
    {
        if (d.Attribute != DisclosureAttribute.Proactive)
        {
            issues.Add(Issue.Error(DisclosureDecision.Field, "not-public", $"公开属性为“{d.Attribute.Name()}”的内容不能发布到公开页面，请保存为草稿", $"Content whose disclosure is {d.Attribute.Alias()} cannot be published to a public path."));
        }
    }
}
