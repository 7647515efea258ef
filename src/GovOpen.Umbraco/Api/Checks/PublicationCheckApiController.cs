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
        if (currentUser.User is not { } user)
        {
            return Forbidden(Issue.Error("user", "required", "请先登录后台", "A back-office user is required."));
        }
        if (contentService.GetById(key) is not { } content)
        {
            return NotFound(Issue.Error("key", "not-found", "文件不存在（新建的文件请先保存）", "The document does not exist (save a new document first)."));
        }
        if (await permissions.IsDeniedAsync(user, key, ActionBrowse.ActionLetter))
        {
            return Forbidden(Issue.Error("key", "forbidden", $"您没有查看《{content.Name}》的权限", "You may not view this document."));
        }
        var values = input?.Values is { Count: > 0 } || !string.IsNullOrWhiteSpace(input?.Name)
            ? guard.WithEdits(content, input?.Name, input?.Values ?? [])
            : null;
        return Ok(guard.Check(content, values).Select(PublicationFindingView.From).ToList());
    }

    /// <summary>
    /// Checks the external links of the document's body (saved values, or the unsaved ones sent) on demand — bounded
    /// and polite (<c>ExternalLinkChecker</c>) — and answers those that fail, with why.
    /// </summary>
    [HttpPost("{key:guid}/external-links")]
    public async Task<IActionResult> ExternalLinks(Guid key, [FromBody] PublicationCheckInput? input, [FromServices] GovOpen.Umbraco.Composing.GovOpenSettings settings, CancellationToken ct = default)
    {
        if (currentUser.User is not { } user)
        {
            return Forbidden(Issue.Error("user", "required", "请先登录后台", "A back-office user is required."));
        }
        if (contentService.GetById(key) is not { } content)
        {
            return NotFound(Issue.Error("key", "not-found", "文件不存在（新建的文件请先保存）", "The document does not exist (save a new document first)."));
        }
        if (await permissions.IsDeniedAsync(user, key, ActionBrowse.ActionLetter))
        {
            return Forbidden(Issue.Error("key", "forbidden", $"您没有查看《{content.Name}》的权限", "You may not view this document."));
        }
        var values = input?.Values is { Count: > 0 } ? guard.WithEdits(content, input.Name, input.Values) : UmbracoContentAdapter.Values(content, ContentVersion.Edited);
        var links = GovOpen.Core.Checks.BodyLinks.Find(GovOpen.Core.Content.ContentMapper.Body(values), settings.OwnHosts)
            .Where(l => l.Kind == GovOpen.Core.Checks.LinkKind.External).ToList();
        var broken = await GovOpen.Packaging.Links.ExternalLinkChecker.CheckAsync(links.Select(l => l.Target), TimeSpan.FromSeconds(10), ct);
        return Ok(new
        {
            checkedLinks = links.Select(l => l.Target).Distinct().Count(),
            broken = links.Where(l => broken.ContainsKey(l.Target)).Select(l => new { url = l.Target, text = l.Text, problem = broken[l.Target] }).ToList(),
        });
    }
}
