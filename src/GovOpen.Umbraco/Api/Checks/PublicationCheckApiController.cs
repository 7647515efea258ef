using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using GovOpen.Core;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Notifications;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api.Checks;

/// <summary>What the workspace sends: the name and the property values as the back office holds them (unsaved edits).</summary>
public sealed record PublicationCheckInput(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("values")] Dictionary<string, JsonNode?>? Values);

/// <summary>One finding of the pre-publication check, as the workspace shows it.</summary>
public sealed record PublicationFindingView(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("messageEn")] string MessageEn,
    [property: JsonPropertyName("position")] int? Position)
{
    public static PublicationFindingView From(Issue i) =>
        new(i.Field, i.Code, i.Severity == GovOpen.Core.Severity.Error ? "error" : "warning", i.Message, i.MessageEn, i.Position);
}

/// <summary>
/// 公开检查 in the workspace: the checks the publishing guard enforces (<see cref="PublishingGuard.Check"/>, Core's
/// <c>PublicationCheck</c>), run on the document's saved values with the editor's unsaved edits on top, so the
/// editor sees before pressing 发布 what would block it. Needs Umbraco's browse permission on the document.
/// </summary>
[Route(RoutePrefix + "/check")]
public sealed class PublicationCheckApiController(
    PublishingGuard guard,
    IContentService contentService,
    IContentPermissionAuthorizer permissions,
    IGovCurrentUser currentUser) : GovOpenApiControllerBase
{
    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Check(Guid key, [FromBody] PublicationCheckInput? input)
    {
        var (content, refusal) = await Viewable(key);
        if (content is null)
        {
            return refusal!;
        }
        return Ok(guard.Check(content, Edits(content, input)).Select(PublicationFindingView.From).ToList());
    }

    /// <summary>
    /// Checks the external links of the document's body (saved values, or the unsaved ones sent) on demand — bounded
    /// and polite (<c>ExternalLinkChecker</c>) — and answers those that fail, with why.
    /// </summary>
    [HttpPost("{key:guid}/external-links")]
    public async Task<IActionResult> ExternalLinks(Guid key, [FromBody] PublicationCheckInput? input, [FromServices] GovOpen.Umbraco.Composing.GovOpenSettings settings, CancellationToken ct = default)
    {
        var (content, refusal) = await Viewable(key);
        if (content is null)
        {
            return refusal!;
        }
        var values = Edits(content, input) ?? UmbracoContentAdapter.Values(content, ContentVersion.Edited);
        var links = GovOpen.Core.Checks.BodyLinks.Find(GovOpen.Core.Content.ContentMapper.Body(values), settings.OwnHosts)
            .Where(l => l.Kind == GovOpen.Core.Checks.LinkKind.External).ToList();
        var broken = await GovOpen.Packaging.Links.ExternalLinkChecker.CheckAsync(links.Select(l => l.Target), TimeSpan.FromSeconds(10), ct);
        return Ok(new
        {
            checkedLinks = links.Select(l => l.Target).Distinct().Count(),
            broken = links.Where(l => broken.ContainsKey(l.Target)).Select(l => new { url = l.Target, text = l.Text, problem = broken[l.Target] }).ToList(),
        });
    }

    /// <summary>The document, when the signed-in user may view it; otherwise the refusal (403 or 404) to answer.</summary>
    private async Task<(global::Umbraco.Cms.Core.Models.IContent? Content, IActionResult? Refusal)> Viewable(Guid key)
    {
        if (currentUser.User is not { } user)
        {
            return (null, SignInRequired());
        }
        if (contentService.GetById(key) is not { } content)
        {
            return (null, NotFound(Issue.Error("key", "not-found", "文件不存在（新建的文件请先保存）", "The document does not exist (save a new document first).")));
        }
        if (!await permissions.MayBrowseAsync(user, key))
        {
            return (null, Forbidden(Issue.Error("key", "forbidden", $"您没有查看《{content.Name}》的权限", "You may not view this document.")));
        }
        return (content, null);
    }

    /// <summary>The saved values with the workspace's unsaved edits on top, or null when none were sent.</summary>
    private GovOpen.Core.Content.IContentValues? Edits(global::Umbraco.Cms.Core.Models.IContent content, PublicationCheckInput? input) =>
        input?.Values is { Count: > 0 } || !string.IsNullOrWhiteSpace(input?.Name)
            ? guard.WithEdits(content, input?.Name, input?.Values ?? [])
            : null;
}
