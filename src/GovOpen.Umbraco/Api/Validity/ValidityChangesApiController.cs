using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Text;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// Validity changes proposed by other documents' 废止/修订 clauses (<see cref="PendingValidityChanges"/>): list them
/// for a policy, and confirm or reject each one. Confirming applies it to the policy's saved validity as the
/// signed-in editor (who needs Umbraco's update permission on it), records who and when, and leaves the policy for
/// that editor to review and republish (the webhook hears of the change when it is published).
/// </summary>
[Route(RoutePrefix + "/validity-changes")]
public sealed class ValidityChangesApiController(
    PendingValidityChanges pending,
    IContentService contentService,
    IContentPermissionAuthorizer permissions,
    IGovCurrentUser currentUser,
    AgencyClock clock) : GovOpenApiControllerBase
{
    /// <summary>Every change recorded for a policy (pending and decided), when the signed-in user may browse it.</summary>
    [HttpGet("{key:guid}")]
    public async Task<IActionResult> List(Guid key)
    {
        if (await Unbrowsable(key) is { } refusal)
        {
            return refusal;
        }
        return Ok(pending.For(key));
    }

    /// <summary>
    /// What a document proposed for others (its 废止/修订 clauses): each change with its target's key and title —
    /// only the targets the signed-in user may browse.
    /// </summary>
    [HttpGet("proposed-by/{key:guid}")]
    public async Task<IActionResult> ProposedBy(Guid key)
    {
        if (await Unbrowsable(key) is { } refusal)
        {
            return refusal;
        }
        var proposed = pending.ProposedBy(key).ToList();
        var browsable = await permissions.BrowsableAsync(currentUser.User!, proposed.Select(p => p.Target));
        return Ok(proposed.Where(p => browsable.Contains(p.Target)).Select(p => new ProposedValidityChangeView(
            p.Target.ToString(), contentService.GetById(p.Target)?.Name, p.Change)).ToList());
    }

    /// <summary>403 unless a back-office user who may browse the document is signed in.</summary>
    private async Task<IActionResult?> Unbrowsable(Guid key)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        return await permissions.MayBrowseAsync(user, key)
            ? null
            : Forbidden(Issue.Error("key", "forbidden", "您没有查看此文件的权限", "You may not browse this document."));
    }

    [HttpPost("{key:guid}/{id}/confirm")]
    public Task<IActionResult> Confirm(Guid key, string id) => Decide(key, id, confirm: true, note: null);

    [HttpPost("{key:guid}/{id}/reject")]
    public Task<IActionResult> Reject(Guid key, string id, [FromForm] string? reason) => Decide(key, id, confirm: false, note: reason);

    private async Task<IActionResult> Decide(Guid key, string id, bool confirm, string? note)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        if (contentService.GetById(key) is not { } target || target.ContentType.Alias != ContentTypes.PolicyDocument)
        {
            return NotFound(Issue.Error("key", "not-found", "文件不存在", "The document does not exist."));
        }
        if (await permissions.IsDeniedAsync(user, key, ActionUpdate.ActionLetter))
        {
            return Forbidden(Issue.Error("key", "forbidden", $"您没有修改《{target.Name}》的权限", "You may not update this document."));
        }
        var change = pending.For(key).FirstOrDefault(c => c.Id == id && c.Status == "pending");
        if (change is null)
        {
            return NotFound(Issue.Error("id", "not-found", "没有这条待确认的效力变更", "There is no such pending change."));
        }
        if (confirm)
        {
            if (!ValidityNames.Events.TryParse(change.Kind, out var kind) || !IsoDate.TryParse(change.Date, out var date))
            {
                return Refused(Issue.Error("kind", "bad-value", "待确认的效力变更记录无法识别", "The pending change cannot be read."));
            }
            var e = new ValidityEvent(kind, date, new DocumentRef(change.ById, change.ByDocumentNumber, change.ByTitle), Note: change.Sentence);
            var current = UmbracoContentAdapter.ToPolicy(target, ContentVersion.Edited).Validity;
            if (current.Check(e) is { } problem)
            {
                return Refused(problem);
            }
            target.SetValue(PropertyAliases.Validity, UmbracoContentAdapter.FromJson(PropertyAliases.Validity, ValidityCodec.Write(current.With(e))));
            contentService.Save(target, user.Id); // a draft: the webhook fires when it is published (ValidityPublishedHandler)
        }
        return Ok(pending.Decide(key, id, confirm, user.Name ?? user.Username, clock.Now, note));
    }
}

/// <summary>A change a document proposed for another one: the target's key and title, and the change as the target records it.</summary>
public sealed record ProposedValidityChangeView(
    [property: System.Text.Json.Serialization.JsonPropertyName("target")] string Target,
    [property: System.Text.Json.Serialization.JsonPropertyName("targetTitle")] string? TargetTitle,
    [property: System.Text.Json.Serialization.JsonPropertyName("change")] PendingValidityChange Change);
