using GovOpen.Core;
using GovOpen.Core.Consultations;
using GovOpen.Core.Content;
using GovOpen.Core.Time;
using GovOpen.Requests;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api;

/// <summary>Input of a moderation step: the new status (alias or name of Core's vocabulary) and, to hide or mark, the reason.</summary>
public sealed record ModerationInput(string? Status, string? Reason);

/// <summary>Input of a comment's tagging for the adoption statement.</summary>
public sealed record AdoptionInput(string? Adoption, string? Topic, string? Note);

/// <summary>
/// 意见征集 in the back office: the comments on a consultation (contacts included — they are personal data, so the user
/// must be allowed to update the consultation document in Umbraco), moderation and tagging through Core's rules, the
/// adoption figures, and an .xlsx of every comment for the drafting team.
/// </summary>
[Route(RoutePrefix + "/consultations")]
public sealed class ConsultationsApiController(
    CommentStore store,
    IContentService contentService,
    IContentPermissionAuthorizer permissions,
    IGovCurrentUser currentUser,
    AgencyClock clock,
    GovOpen.Umbraco.Search.IGovContentSource source,
    GovOpen.Umbraco.Import.ContentPackageImporter importer,
    GovOpen.Core.Calendar.WorkCalendar calendar) : GovOpenApiControllerBase
{
    /// <summary>
    /// Opens a consultation on a draft 政策文件 (公开征求意见): a new, unpublished 意见征集 under the site's 意见征集栏目,
    /// made by Core (<see cref="ConsultationContent.OpenFor"/>: the draft's title, text and attachments, the kind its
    /// category gives, from today to the earliest closing day the kind allows), for the editor to complete and
    /// publish. The user must be able to see the draft and to create under the column. A second request for the same
    /// draft answers 409 with the consultation made the first time.
    /// </summary>
    [HttpPost("open-from/{documentKey:guid}")]
    public async Task<IActionResult> OpenFrom(Guid documentKey)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        if (contentService.GetById(documentKey) is not { } draft || draft.ContentType.Alias != ContentTypes.PolicyDocument)
        {
            return NotFound(Issue.Error("documentKey", "not-found", "政策文件不存在", "No such policy document."));
        }
        if (!await permissions.MayBrowseAsync(user, documentKey))
        {
            return Forbidden(Issue.Error("documentKey", "forbidden", $"您没有查看《{draft.Name}》的权限", "You may not see this document."));
        }
        if (source.All().Where(c => c.ContentType.Alias == ContentTypes.ConsultationColumn && !c.Trashed).OrderBy(c => c.Level).ThenBy(c => c.SortOrder).FirstOrDefault() is not { } column)
        {
            return StatusCode(409, ToProblem(Issue.Error("column", "missing", "站点中还没有意见征集栏目，请先建立“意见征集栏目”", "The site has no consultation column yet."), 409));
        }
        if (await permissions.IsDeniedAsync(user, column.Key, ActionNew.ActionLetter))
        {
            return Forbidden(Issue.Error("column", "forbidden", $"您没有在《{column.Name}》下新建内容的权限", "You may not create under the consultation column."));
        }
        var id = "yjzj-of-" + documentKey.ToString("N");
        var key = GovOpen.Umbraco.Import.ContentPackageImporter.KeyFor(id);
        if (contentService.GetById(key) is { Trashed: false } existing)
        {
            var problem = ToProblem(Issue.Error("documentKey", "exists", $"已为此文件建立意见征集《{existing.Name}》", "A consultation on this draft exists already."), 409);
            problem.Extensions["key"] = key;
            return StatusCode(409, problem);
        }
        var values = UmbracoContentAdapter.Values(draft, ContentVersion.Edited);
        var item = ConsultationContent.OpenFor(values, UmbracoContentAdapter.ToPolicy(draft, ContentVersion.Edited), id, clock.Today, calendar);
        var report = await importer.ImportAsEditorAsync([item], column.Key, user, permissions);
        var consultation = ConsultationContent.Read(item, []);
        return Ok(new
        {
            key,
            name = item.Name,
            kind = ConsultationNames.Kinds.Alias(consultation.Kind),
            opens = Iso(consultation.Opens),
            closes = Iso(consultation.Closes),
            problems = report.Problems.Select(IssueView.From),
        });
    }

    /// <summary>Every comment on the consultation, oldest first, with its status, adoption and contact.</summary>
    [HttpGet("{key:guid}/comments")]
    public async Task<IActionResult> Comments(Guid key, CancellationToken ct = default)
    {
        var (content, refusal) = await Editable(key);
        if (content is null)
        {
            return refusal!;
        }
        var consultation = ConsultationContent.Read(UmbracoContentAdapter.Values(content, ContentVersion.Edited), []);
        var rows = await store.AllAsync(UmbracoContentAdapter.IdOf(content), ct);
        return Ok(new
        {
            state = ConsultationRules.StateOn(consultation, clock.Today).ToString(),
            opens = Iso(consultation.Opens),
            closes = Iso(consultation.Closes),
            items = rows.Select(r => new
            {
                number = r.Number,
                receivedAt = r.ReceivedAt,
                clause = r.Clause,
                text = r.Text,
                name = r.Name,
                contact = r.Contact,
                publishConsent = r.PublishConsent,
                status = ConsultationNames.Statuses.Alias(r.Status),
                moderationReason = r.ModerationReason,
                adoption = ConsultationNames.Adoptions.Alias(r.Adoption),
                topic = r.Topic,
                adoptionNote = r.AdoptionNote,
            }),
        });
    }

    /// <summary>Publishes, hides or marks a comment; refused (400, naming the rule) without consent to publish or a reason to hide.</summary>
    [HttpPost("{key:guid}/comments/{number}/moderate")]
    public async Task<IActionResult> Moderate(Guid key, string number, [FromBody] ModerationInput input, CancellationToken ct = default)
    {
        var (content, refusal) = await Editable(key);
        if (content is null)
        {
            return refusal!;
        }
        if (!ConsultationNames.Statuses.TryParse(input.Status, out var status))
        {
            return Refused(Issue.Error("status", "invalid", $"审核结果“{input.Status}”无效", "Unknown moderation status."));
        }
        try
        {
            var issues = await store.ModerateAsync(UmbracoContentAdapter.IdOf(content), number, status, input.Reason, currentUser.User?.Name ?? "", ct);
            return issues.Any(i => i.Severity == Severity.Error) ? Refused(issues) : Ok(new { number, status = ConsultationNames.Statuses.Alias(status) });
        }
        catch (GovOpenException e)
        {
            return NotFound(e.Issue); // not a comment of this consultation
        }
    }

    /// <summary>Records how a comment was taken up, its topic and a note for the adoption statement.</summary>
    [HttpPost("{key:guid}/comments/{number}/adoption")]
    public async Task<IActionResult> Adoption(Guid key, string number, [FromBody] AdoptionInput input, CancellationToken ct = default)
    {
        var (content, refusal) = await Editable(key);
        if (content is null)
        {
            return refusal!;
        }
        if (!ConsultationNames.Adoptions.TryParse(input.Adoption, out var adoption))
        {
            return Refused(Issue.Error("adoption", "invalid", $"采纳情况“{input.Adoption}”无效", "Unknown adoption."));
        }
        try
        {
            var issues = await store.TagAsync(UmbracoContentAdapter.IdOf(content), number, adoption, input.Topic, input.Note, ct);
            return issues.Any(i => i.Severity == Severity.Error) ? Refused(issues) : Ok(new { number, adoption = ConsultationNames.Adoptions.Alias(adoption) });
        }
        catch (GovOpenException e)
        {
            return NotFound(e.Issue); // not a comment of this consultation
        }
    }

    /// <summary>The figures of the 意见采纳情况: counts by adoption and topic, the opening sentence, a draft of the statement, and what still blocks it.</summary>
    [HttpGet("{key:guid}/summary")]
    public async Task<IActionResult> Summary(Guid key, CancellationToken ct = default)
    {
        var (content, refusal) = await Editable(key);
        if (content is null)
        {
            return refusal!;
        }
        var (s, draft) = await store.StatementAsync(UmbracoContentAdapter.IdOf(content), ct);
        return Ok(new
        {
            draft,
            received = s.Received, adopted = s.Adopted, partlyAdopted = s.PartlyAdopted, notAdopted = s.NotAdopted, notApplicable = s.NotApplicable, undecided = s.Undecided,
            byTopic = s.ByTopic.Select(t => new { topic = t.Topic, count = t.Count }),
            sentence = s.Sentence,
            issues = s.Check().Select(IssueView.From),
        });
    }

    /// <summary>Every comment as an .xlsx for the drafting team.</summary>
    [HttpGet("{key:guid}/export")]
    public async Task<IActionResult> Export(Guid key, CancellationToken ct = default)
    {
        var (content, refusal) = await Editable(key);
        if (content is null)
        {
            return refusal!;
        }
        var rows = await store.AllAsync(UmbracoContentAdapter.IdOf(content), ct);
        var sheet = new List<IEnumerable<string>> { new[] { "意见编号", "收到时间", "条款", "意见内容", "姓名或单位", "联系方式", "同意公开", "审核状态", "审核理由", "采纳情况", "主题", "说明" } };
        sheet.AddRange(rows.Select(r => new[]
        {
            r.Number, r.ReceivedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), r.Clause ?? "", r.Text, r.Name ?? "", r.Contact ?? "",
            r.PublishConsent ? "是" : "否", ConsultationNames.Statuses.Name(r.Status), r.ModerationReason ?? "", ConsultationNames.Adoptions.Name(r.Adoption), r.Topic ?? "", r.AdoptionNote ?? "",
        }));
        var bytes = GovOpen.Import.Export.Workbook.Write([("意见", sheet)]);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"comments-{content.Key:N}.xlsx");
    }

    /// <summary>The consultation, when the signed-in user may update it (comments carry contacts); otherwise 403 or 404.</summary>
    private async Task<(global::Umbraco.Cms.Core.Models.IContent? Content, IActionResult? Refusal)> Editable(Guid key)
    {
        if (currentUser.User is not { } user)
        {
            return (null, SignInRequired());
        }
        if (contentService.GetById(key) is not { } content || content.ContentType.Alias != ContentTypes.Consultation)
        {
            return (null, NotFound(Issue.Error("key", "not-found", "意见征集不存在", "No such consultation.")));
        }
        if (await permissions.IsDeniedAsync(user, key, ActionUpdate.ActionLetter))
        {
            return (null, Forbidden(Issue.Error("key", "forbidden", $"您没有编辑《{content.Name}》的权限，不能查看和审核其意见", "You may not edit this consultation.")));
        }
        return (content, null);
    }
}
