using GovOpen.Core;
using GovOpen.Core.Consultations;
using GovOpen.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests;

/// <summary>The receipt of a comment: its number, and whether it had been received before (a retried submission).</summary>
public sealed record CommentReceipt(string Number, bool Repeated);

/// <summary>A comment as the public sees it: never the contact, the name only as <see cref="CommentRules.PublicName"/>.</summary>
public sealed record PublicComment(string Number, string Text, string? Clause, string Name, DateTimeOffset ReceivedAt);

/// <summary>
/// The 意见征集 comment register, in the same database as the 依申请公开 register. Every rule is Core's
/// (<see cref="CommentRules"/>, <see cref="ConsultationRules"/>): late comments are refused, only consented and
/// moderated comments are public, hiding needs a reason. Submissions are idempotent by client token.
/// </summary>
public sealed class CommentStore(RequestDbContext db, AgencyClock clock)
{
    private const int MaxNumberAttempts = 8;

    /// <summary>Registers a comment on an open consultation; throws <see cref="GovOpenException"/> naming the field when it is refused.</summary>
    public async Task<CommentReceipt> SubmitAsync(CommentSubmission s, Consultation consultation, CancellationToken ct = default)
    {
        if (s.ConsultationId != consultation.Id)
        {
            throw new GovOpenException(Issue.Error("consultation", "mismatch", "意见与征集事项不符", "The comment is not for this consultation."));
        }
        if (string.IsNullOrWhiteSpace(s.ClientToken) || s.ClientToken.Length > 64)
        {
            throw new GovOpenException(Issue.Error("clientToken", "required", "提交标识无效，请刷新页面后重试", "A client token of up to 64 characters is required."));
        }
        var token = ClientTokens.Digest(s.ClientToken);
        var existing = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.ClientToken == token || c.ClientToken == s.ClientToken, ct);
        if (existing is not null)
        {
            return new CommentReceipt(existing.Number, true);
        }
        var today = clock.Today;
        var issues = CommentRules.Validate(s, consultation, today);
        if (issues.FirstOrDefault(i => i.Severity == Severity.Error) is { } error)
        {
            throw new GovOpenException(error);
        }
        return await NumberCounters.RegisterAsync(db, $"YJ-{today.Year}-", MaxNumberAttempts, db.Comments.AsNoTracking().Select(c => c.Number),
            number =>
            {
                db.Comments.Add(new CommentRecord
                {
                    Id = Guid.NewGuid(),
                    Number = number,
                    ConsultationId = consultation.Id,
                    ClientToken = token,
                    Text = s.Text.Trim(),
                    Clause = Trimmed(s.Clause),
                    Name = Trimmed(s.Name),
                    Contact = Trimmed(s.Contact),
                    PublishConsent = s.PublishConsent,
                    ReceivedAt = clock.Time.GetUtcNow().UtcDateTime,
                    Status = CommentStatus.Pending,
                    Adoption = CommentAdoption.Undecided,
                });
                return new CommentReceipt(number, false);
            },
            async c => await db.Comments.AsNoTracking().FirstOrDefaultAsync(x => x.ClientToken == token, c) is { } raced ? new CommentReceipt(raced.Number, true) : null,
            Issue.Error("number", "conflict", "意见编号生成冲突，请稍后重试", "Could not allocate a comment number."), ct);
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Every comment on a consultation, for its drafting team (contacts included), oldest first.</summary>
    public async Task<IReadOnlyList<CommentRecord>> AllAsync(string consultationId, CancellationToken ct = default) =>
        await db.Comments.AsNoTracking().Where(c => c.ConsultationId == consultationId).OrderBy(c => c.Number).ToListAsync(ct);

    /// <summary>What the public may see of a consultation's comments: published with consent, without contacts.</summary>
    public async Task<IReadOnlyList<PublicComment>> PublicAsync(string consultationId, CancellationToken ct = default)
    {
        var rows = await db.Comments.AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && c.Status == CommentStatus.Published && c.PublishConsent)
            .OrderBy(c => c.Number).ToListAsync(ct);
        return rows.Select(r => r.ToComment()).Where(CommentRules.IsPublic)
            .Select(c => new PublicComment(c.Number, c.Text, c.Clause, CommentRules.PublicName(c), c.ReceivedAt)).ToList();
    }

    /// <summary>How many comments a consultation received (every one, moderated or not).</summary>
    public Task<int> CountAsync(string consultationId, CancellationToken ct = default) => db.Comments.CountAsync(c => c.ConsultationId == consultationId, ct);

    /// <summary>
    /// Moderates a comment of the consultation: Core decides whether the step is allowed (consent to publish, a reason to
    /// hide). A number of another consultation is not found through this one.
    /// </summary>
    public async Task<IReadOnlyList<Issue>> ModerateAsync(string consultationId, string number, CommentStatus to, string? reason, string moderator, CancellationToken ct = default)
    {
        var record = await FindAsync(consultationId, number, ct);
        var issues = CommentRules.CheckModeration(record.ToComment(), to, reason);
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            return issues;
        }
        record.Status = to;
        record.ModerationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        record.ModeratedBy = moderator;
        record.ModeratedAt = clock.Time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return issues;
    }

    /// <summary>Longest 主题 of a tagged comment (the column's length).</summary>
    public const int MaxTopicLength = 100;

    /// <summary>Longest 采纳说明 of a tagged comment (the column's length).</summary>
    public const int MaxAdoptionNoteLength = 1000;

    /// <summary>
    /// Tags a comment for the adoption statement: how it was taken up, its topic and a note. A topic or note longer
    /// than its column is refused, naming the field, and nothing is changed (before, the old text was kept silently);
    /// an empty topic or note leaves the earlier one.
    /// </summary>
    public async Task<IReadOnlyList<Issue>> TagAsync(string consultationId, string number, CommentAdoption adoption, string? topic, string? note, CancellationToken ct = default)
    {
        var t = Trimmed(topic);
        var n = Trimmed(note);
        var issues = new List<Issue>();
        if (t is { Length: > MaxTopicLength })
        {
            issues.Add(Issue.Error("topic", "too-long", $"主题不能超过{MaxTopicLength}个字（现为{t.Length}个）", $"The topic may have at most {MaxTopicLength} characters (it has {t.Length})."));
        }
        if (n is { Length: > MaxAdoptionNoteLength })
        {
            issues.Add(Issue.Error("note", "too-long", $"采纳说明不能超过{MaxAdoptionNoteLength}个字（现为{n.Length}个）", $"The note may have at most {MaxAdoptionNoteLength} characters (it has {n.Length})."));
        }
        if (issues.Count > 0)
        {
            return issues;
        }
        var record = await FindAsync(consultationId, number, ct);
        record.Adoption = adoption;
        record.Topic = t ?? record.Topic;
        record.AdoptionNote = n ?? record.AdoptionNote;
        await db.SaveChangesAsync(ct);
        return issues;
    }

    private async Task<CommentRecord> FindAsync(string consultationId, string number, CancellationToken ct) =>
        await db.Comments.FirstOrDefaultAsync(c => c.Number == number && c.ConsultationId == consultationId, ct)
            ?? throw new GovOpenException(Issue.Error("number", "not-found", $"本征集没有编号为{number}的意见", $"No comment {number} on this consultation."));

    /// <summary>The figures of the 意见采纳情况 for a consultation.</summary>
    public async Task<AdoptionSummary> SummaryAsync(string consultationId, CancellationToken ct = default) =>
        AdoptionSummary.Of(await CommentsAsync(consultationId, ct));

    /// <summary>The figures and a draft of the 意见采纳情况 (<see cref="AdoptionSummary.DraftStatement"/>) from one reading of the comments.</summary>
    public async Task<(AdoptionSummary Summary, string Draft)> StatementAsync(string consultationId, CancellationToken ct = default)
    {
        var comments = await CommentsAsync(consultationId, ct);
        return (AdoptionSummary.Of(comments), AdoptionSummary.DraftStatement(comments));
    }

    private async Task<List<ConsultationComment>> CommentsAsync(string consultationId, CancellationToken ct) =>
        (await AllAsync(consultationId, ct)).Select(r => r.ToComment()).ToList();
}
