using System.Text;
using System.Text.Json.Serialization;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Documents;
using GovOpen.Core.Text;
using GovOpen.Core.Time;
using GovOpen.Core.Validity;
using GovOpen.Umbraco.ContentModel;
using GovOpen.Umbraco.Search;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api.Policies;

/// <summary>A policy in the batch list: what an editor needs to choose it, and the register's review hint.</summary>
public sealed record PolicyListItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("documentNumber")] string? DocumentNumber,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("validity")] string Validity,
    [property: JsonPropertyName("review")] string Review,
    [property: JsonPropertyName("published")] bool Published);

/// <summary>A validity change to record on many documents at once (e.g. 批量宣布失效 after a 清理).</summary>
public sealed record BatchValidityEvent(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("byTitle")] string? ByTitle,
    [property: JsonPropertyName("byDocumentNumber")] string? ByDocumentNumber,
    [property: JsonPropertyName("note")] string? Note);

/// <summary>A batch action: the documents and what to set on each.</summary>
public sealed record PolicyBatchInput(
    [property: JsonPropertyName("keys")] List<string>? Keys,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("validityEvent")] BatchValidityEvent? ValidityEvent);

/// <summary>What became of one document of a batch.</summary>
public sealed record PolicyBatchResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("message")] string? Message);

/// <summary>
/// Work on many 政策文件 at once: the list (saved values, drafts included), the register export for the agency's
/// 规范性文件清理 (CSV or XLSX), and batch actions — set the 主题分类 or record a validity change on each chosen
/// document, as the signed-in editor (Umbraco's update permission on each; saved, not published, so an editor
/// reviews and publishes). One document that cannot be changed never stops the others.
/// </summary>
[Route(RoutePrefix + "/policies")]
public sealed class PoliciesApiController(
    IGovContentSource source,
    IContentService contentService,
    IContentPermissionAuthorizer permissions,
    IGovCurrentUser currentUser,
    AgencyClock clock) : GovOpenApiControllerBase
{
    public const int MaxBatch = 500;

    /// <summary>The signed-in user's policies (those they may browse), newest first, matching the query.</summary>
    private async Task<List<(global::Umbraco.Cms.Core.Models.IContent Content, PolicyDocument Policy)>> Policies(global::Umbraco.Cms.Core.Models.Membership.IUser user, string? q, bool normativeOnly)
    {
        var nodes = source.All().Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && !c.Trashed).ToList();
        var browsable = await permissions.BrowsableAsync(user, nodes.Select(c => c.Key));
        return nodes.Where(c => browsable.Contains(c.Key))
            .Select(c => (c, UmbracoContentAdapter.ToPolicy(c, ContentVersion.Edited) with { Id = c.Key.ToString() }))
            .Where(x => !normativeOnly || x.Item2.IsNormative)
            .Where(x => string.IsNullOrWhiteSpace(q) || x.Item2.Title.Contains(q.Trim(), StringComparison.Ordinal)
                || (x.Item2.DocumentNumber?.Contains(q.Trim(), StringComparison.Ordinal) ?? false)
                || (x.Item2.ParsedNumber is { } n && DocumentNumber.TryParse(q, out var qn) && qn!.CanonicalKey == n.CanonicalKey))
            .OrderByDescending(x => x.Item2.PublishedDate ?? x.Item2.SignedDate)
            .ToList();
    }

    /// <summary>The policies the signed-in user may browse (saved values, drafts included), a page at a time.</summary>
    [HttpGet]
    public async Task<IActionResult> List(string? q, bool normativeOnly = false, int skip = 0, int take = 100)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        var today = clock.Today;
        var all = await Policies(user, q, normativeOnly);
        var items = all.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxBatch)).Select(x => new PolicyListItem(
            x.Policy.Id, x.Policy.Title, x.Policy.ParsedNumber?.Normalized ?? x.Policy.DocumentNumber, x.Policy.Topic,
            x.Policy.Category.Name(), x.Policy.Validity.ShownOn(today).Name(), PolicyRegister.Review(x.Policy, today), x.Content.Published)).ToList();
        return Ok(new { total = all.Count, items });
    }

    /// <summary>
    /// The register of the policies the signed-in user may browse as <c>csv</c> (UTF-8 with BOM) or <c>xlsx</c>;
    /// <c>normativeOnly</c> for the 规范性文件 清理.
    /// </summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(string? format, string? q, bool normativeOnly = false)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        var today = clock.Today;
        var rows = (await Policies(user, q, normativeOnly)).Select(x => PolicyRegister.Row(x.Policy, today)).ToList();
        var name = $"{(normativeOnly ? "规范性文件" : "政策文件")}台账-{IsoDate.Format(today)}";
        return (format ?? "csv").ToLowerInvariant() switch
        {
            "csv" => File(Encoding.UTF8.GetBytes(PolicyRegister.ToCsv(rows)), "text/csv; charset=utf-8", name + ".csv"),
            "xlsx" => File(RegisterWorkbook.Write(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            _ => Refused(Issue.Error("format", "invalid", "导出格式应为 csv 或 xlsx", "format must be csv or xlsx.")),
        };
    }

    [HttpPost("batch")]
    public async Task<IActionResult> Batch([FromBody] PolicyBatchInput? input)
    {
        if (currentUser.User is not { } user)
        {
            return SignInRequired();
        }
        var keys = input?.Keys?.Distinct().ToList() ?? [];
        if (keys.Count == 0 || keys.Count > MaxBatch)
        {
            return Refused(Issue.Error("keys", "count", $"请选择1至{MaxBatch}个文件", $"Choose 1 to {MaxBatch} documents."));
        }
        if (input!.Topic is null && input.ValidityEvent is null)
        {
            return Refused(Issue.Error("action", "required", "请选择要批量设置的主题分类或有效性", "Choose a topic or a validity change to set."));
        }
        string? topic = null;
        if (input.Topic is { } t)
        {
            if (TopicTaxonomy.Validate(t) is { } bad)
            {
                return Refused(bad);
            }
            topic = TopicTaxonomy.Normalize(t);
        }
        ValidityEvent? change = null;
        if (input.ValidityEvent is { } v)
        {
            if (!ValidityNames.Events.TryParse(v.Kind, out var kind) || kind == ValidityEventKind.Effective)
            {
                return Refused(Issue.Error("validityEvent.kind", "invalid", "有效性变更应为废止、修订、延期或宣布失效", "kind must be abolished, revised, extended or declaredInvalid."));
            }
            if (!IsoDate.TryParse(v.Date, out var date))
            {
                return Refused(Issue.Error("validityEvent.date", "invalid", "变更日期应为 yyyy-MM-dd", "date must be yyyy-MM-dd."));
            }
            var by = string.IsNullOrWhiteSpace(v.ByTitle) && string.IsNullOrWhiteSpace(v.ByDocumentNumber) ? null : new DocumentRef(null, v.ByDocumentNumber?.Trim(), v.ByTitle?.Trim());
            change = new ValidityEvent(kind, date, by, Note: string.IsNullOrWhiteSpace(v.Note) ? null : v.Note.Trim());
        }

        var results = new List<PolicyBatchResult>();
        foreach (var id in keys)
        {
            if (!Guid.TryParse(id, out var key) || contentService.GetById(key) is not { } content || content.ContentType.Alias != ContentTypes.PolicyDocument)
            {
                results.Add(new(id, null, false, "文件不存在"));
                continue;
            }
            if (await permissions.IsDeniedAsync(user, key, ActionUpdate.ActionLetter))
            {
                results.Add(new(id, content.Name, false, "没有修改权限"));
                continue;
            }
            var policy = UmbracoContentAdapter.ToPolicy(content, ContentVersion.Edited);
            if (change is not null)
            {
                if (policy.Validity.Check(change) is { } problem)
                {
                    results.Add(new(id, content.Name, false, problem.Message));
                    continue;
                }
                content.SetValue(PropertyAliases.Validity, UmbracoContentAdapter.FromJson(PropertyAliases.Validity, ValidityCodec.Write(policy.Validity.With(change))));
            }
            if (topic is not null)
            {
                content.SetValue(PropertyAliases.Topic, topic);
            }
            contentService.Save(content, user.Id);
            results.Add(new(id, content.Name, true, null));
        }
        return Ok(results);
    }
}
