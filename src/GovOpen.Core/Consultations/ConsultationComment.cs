using GovOpen.Core.Requests;

namespace GovOpen.Core.Consultations;

/// <summary>A comment as a citizen submits it. The contact is never shown; the name only with consent.</summary>
public sealed record CommentSubmission(
    string ConsultationId,
    string Text,
    string? Clause = null,
    string? Name = null,
    string? Contact = null,
    bool PublishConsent = false,
    string? ClientToken = null);

/// <summary>A moderated comment as the register keeps it.</summary>
public sealed record ConsultationComment(
    string Number,
    string ConsultationId,
    string Text,
    string? Clause,
    string? Name,
    bool PublishConsent,
    DateTimeOffset ReceivedAt,
    CommentStatus Status,
    string? ModerationReason,
    CommentAdoption Adoption,
    string? Topic,
    string? AdoptionNote);

/// <summary>Rules for comments: what a submission must be, what moderation may do, and what the public sees.</summary>
public static partial class CommentRules
{
    public const int MinText = 5;
    public const int MaxText = 5000;
    public const int MaxShort = 100;

    /// <summary>Web addresses a comment may contain: an opinion cites a source or two; a list of links is advertising.</summary>
    public const int MaxLinks = 2;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:https?://|www\.)[^\s]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WebAddresses();

    public static IReadOnlyList<Issue> Validate(CommentSubmission s, Consultation c, DateOnly today)
    {
        var issues = new List<Issue>();
        if (!ConsultationRules.AcceptsComments(c, today))
        {
            issues.Add(Issue.Error("consultation", today < c.Opens ? "not-open" : "closed",
                today < c.Opens ? $"意见征集自{GovOpen.Core.Text.IsoDate.Chinese(c.Opens)}开始，尚未开始接收意见" : $"意见征集已于{GovOpen.Core.Text.IsoDate.Chinese(c.Closes)}截止，不再接收意见",
                today < c.Opens ? "The consultation is not open yet." : "The consultation is closed; no comment is accepted after its end."));
            return issues;
        }
        var text = s.Text?.Trim() ?? "";
        if (text.Length < MinText)
        {
            issues.Add(Issue.Error("text", "too-short", $"意见内容不少于{MinText}个字", $"The comment needs at least {MinText} characters."));
        }
        else if (text.Length > MaxText)
        {
            issues.Add(Issue.Error("text", "too-long", $"意见内容不超过{MaxText}个字", $"The comment may have at most {MaxText} characters."));
        }
        else if (WebAddresses().Count(text) > MaxLinks)
        {
            issues.Add(Issue.Error("text", "too-many-links", $"意见内容中的网址不超过{MaxLinks}个", $"A comment may contain at most {MaxLinks} web addresses."));
        }
        if (ApplicantRules.HasHiddenCharacters(s.Text, multiline: true))
        {
            issues.Add(Issue.Error("text", "hidden-characters", "意见内容含有不可见的控制字符", "The comment contains hidden control characters."));
        }
        foreach (var (field, value, label) in new[] { ("clause", s.Clause, "条款"), ("name", s.Name, "姓名") })
        {
            if (value is { Length: > MaxShort })
            {
                issues.Add(Issue.Error(field, "too-long", $"{label}不超过{MaxShort}个字", $"The {field} may have at most {MaxShort} characters."));
            }
            if (ApplicantRules.HasHiddenCharacters(value))
            {
                issues.Add(Issue.Error(field, "hidden-characters", $"{label}含有不可见的控制字符", $"The {field} contains hidden control characters."));
            }
        }
        if (c.NameRequired && string.IsNullOrWhiteSpace(s.Name))
        {
            issues.Add(Issue.Error("name", "required", "本次征集须填写姓名或单位名称", "This consultation asks for a name."));
        }
        if (!string.IsNullOrWhiteSpace(s.Contact) && !IdentityNumbers.IsContact(s.Contact))
        {
            issues.Add(Issue.Error("contact", "format", "联系方式应为手机号码、固定电话或电子邮箱", "The contact must be a mobile or fixed-line number or an e-mail address."));
        }
        return issues;
    }

    /// <summary>A moderation step: hiding or marking needs a reason; publishing needs the commenter's consent.</summary>
    public static IReadOnlyList<Issue> CheckModeration(ConsultationComment comment, CommentStatus to, string? reason)
    {
        var issues = new List<Issue>();
        if (to == CommentStatus.Published && !comment.PublishConsent)
        {
            issues.Add(Issue.Error("status", "no-consent", "提交人未同意公开，此意见不能公开", "The commenter did not agree to publication."));
        }
        if (to is CommentStatus.Hidden or CommentStatus.Duplicate or CommentStatus.Abusive && string.IsNullOrWhiteSpace(reason))
        {
            issues.Add(Issue.Error("reason", "required", "不公开、重复或不当言论须说明理由", "Hiding or marking a comment needs a reason."));
        }
        return issues;
    }

    /// <summary>Whether the public may see a comment: published by a moderator, with the commenter's consent.</summary>
    public static bool IsPublic(ConsultationComment c) => c.Status == CommentStatus.Published && c.PublishConsent;

    /// <summary>The name shown with a public comment: the commenter's, or 匿名 (a contact is never shown).</summary>
    public static string PublicName(ConsultationComment c) => string.IsNullOrWhiteSpace(c.Name) ? "匿名" : c.Name.Trim();
}

/// <summary>The figures of an 意见采纳情况, from the tagging of every comment received (moderation does not hide comments from the count).</summary>
public sealed record AdoptionSummary(int Received, int Adopted, int PartlyAdopted, int NotAdopted, int NotApplicable, int Undecided, IReadOnlyList<(string Topic, int Count)> ByTopic)
{
    public static AdoptionSummary Of(IEnumerable<ConsultationComment> comments)
    {
        var all = comments.Where(IsCounted).ToList();
        int Count(CommentAdoption a) => all.Count(c => c.Adoption == a);
        return new AdoptionSummary(all.Count, Count(CommentAdoption.Adopted), Count(CommentAdoption.PartlyAdopted), Count(CommentAdoption.NotAdopted),
            Count(CommentAdoption.NotApplicable), Count(CommentAdoption.Undecided),
            all.GroupBy(TopicOf).Select(g => (g.Key, g.Count())).OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>Whether a comment counts in the figures: every one received, except duplicates and abusive ones.</summary>
    private static bool IsCounted(ConsultationComment c) => c.Status != CommentStatus.Duplicate && c.Status != CommentStatus.Abusive;

    /// <summary>The topic a comment is counted under: its tag, or 其他.</summary>
    private static string TopicOf(ConsultationComment c) => string.IsNullOrWhiteSpace(c.Topic) ? "其他" : c.Topic.Trim();

    /// <summary>The sentence the adoption statement opens with, its figures filled in.</summary>
    public string Sentence => $"征求意见期间共收到有效意见{Received}条，其中采纳{Adopted}条，部分采纳{PartlyAdopted}条，未采纳{NotAdopted}条" +
        (NotApplicable > 0 ? $"，不涉及本文件内容{NotApplicable}条" : "") + (Undecided > 0 ? $"，尚在研究{Undecided}条" : "") + "。";

    /// <summary>
    /// A draft of the 意见采纳情况 for the editor to check and complete: the opening sentence, then per topic (most
    /// comments first) its figures and, for each comment the drafting team annotated, the clause, how it was taken up
    /// and the note (the reason a comment was not adopted). Commenters' names, contacts and own words are never put in:
    /// the statement is the agency's account, and a comment's text is public only by its own consent and moderation.
    /// HTML, every value encoded.
    /// </summary>
    public static string DraftStatement(IEnumerable<ConsultationComment> comments)
    {
        var all = comments.Where(IsCounted).ToList();
        var html = new System.Text.StringBuilder();
        string E(string s) => System.Net.WebUtility.HtmlEncode(s);
        var summary = Of(all);
        var byTopic = all.ToLookup(TopicOf);
        html.Append("<p>").Append(E(summary.Sentence)).Append("</p>");
        // Topics in the summary's order (most comments first).
        foreach (var (topic, count) in summary.ByTopic)
        {
            var group = byTopic[topic];
            var figures = new[] { CommentAdoption.Adopted, CommentAdoption.PartlyAdopted, CommentAdoption.NotAdopted, CommentAdoption.NotApplicable, CommentAdoption.Undecided }
                .Select(a => (Name: ConsultationNames.Adoptions.Name(a), Count: group.Count(c => c.Adoption == a))).Where(x => x.Count > 0)
                .Select(x => $"{x.Name}{x.Count}条");
            html.Append("<p><strong>").Append(E(topic)).Append("</strong>（").Append(count).Append("条）：").Append(E(string.Join("，", figures))).Append("。</p>");
            var noted = group.Where(c => !string.IsNullOrWhiteSpace(c.AdoptionNote)).OrderBy(c => c.Number, StringComparer.Ordinal).ToList();
            if (noted.Count > 0)
            {
                html.Append("<ul>");
                foreach (var c in noted)
                {
                    html.Append("<li>").Append(string.IsNullOrWhiteSpace(c.Clause) ? "" : E(c.Clause.Trim()) + "：")
                        .Append(E(ConsultationNames.Adoptions.Name(c.Adoption))).Append("。").Append(E(c.AdoptionNote!.Trim())).Append("</li>");
                }
                html.Append("</ul>");
            }
        }
        return html.ToString();
    }

    /// <summary>A statement cannot be published while comments remain undecided.</summary>
    public IReadOnlyList<Issue> Check() => Undecided > 0
        ? [Issue.Error("feedback", "undecided", $"还有{Undecided}条意见未确定采纳情况", $"{Undecided} comments have no adoption decision yet.")]
        : [];
}
