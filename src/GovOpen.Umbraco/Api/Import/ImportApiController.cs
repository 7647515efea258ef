using GovOpen.Core;
using GovOpen.Import;
using GovOpen.Umbraco.Import;
using Microsoft.AspNetCore.Http;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Security;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// 从公文导入: <c>POST extract</c> reads an uploaded 公文 and returns its fields (nothing is stored);
/// <c>POST import/draft</c> saves a govPolicyDocument draft (never published) under the chosen 政策文件 column.
/// Importing the same file again updates the same draft.
/// </summary>
[Route(RoutePrefix)]
public sealed class ImportApiController(
    ContentPackageImporter importer,
    TimeProvider clock,
    IGovCurrentUser currentUser,
    IContentPermissionAuthorizer permissions,
    IContentService contentService,
    IContentTypeService contentTypes) : GovOpenApiControllerBase
{
    /// <summary>Reads an uploaded 公文 (.docx/.txt) and returns its fields (docs/import.md); nothing is stored.</summary>
    [HttpPost("extract")]
    [RequestSizeLimit(Uploads.MaxRequestBytes)]
    public async Task<IActionResult> Extract(IFormFile? file)
    {
        var (upload, refusal) = await Uploads.ReadAsync(file);
        if (refusal is not null)
        {
            return Refused(refusal);
        }
        try
        {
            return Ok(DocumentExtractor.Extract(SourceReader.Read(upload!.Value.Name, upload.Value.Bytes)).ToJson());
        }
        catch (ImportException e)
        {
            return Refused(e.Issue);
        }
    }

    /// <summary>
    /// Extracts the upload and saves it as an unpublished draft under <paramref name="parentId"/>, as the signed-in
    /// editor: they need Umbraco's create permission on that node, and the node must allow 政策文件 children.
    /// </summary>
    [HttpPost("import/draft")]
    [RequestSizeLimit(Uploads.MaxRequestBytes)]
    public async Task<IActionResult> Draft(IFormFile? file, [FromForm] string? parentId)
    {
        if (!Guid.TryParse(parentId, out var parent))
        {
            return Refused(Issue.Error("parentId", "invalid", "请在政策文件栏目上使用“从公文导入”", "parentId must be the key of the target column."));
        }
        if (currentUser.User is not { } user)
        {
            return Forbidden(Issue.Error("user", "required", "请先登录后台", "A back-office user is required."));
        }
        if (contentService.GetById(parent) is not { } parentNode)
        {
            return NotFound(Issue.Error("parentId", "not-found", "导入的目标栏目不存在", "The parent node does not exist."));
        }
        if (await permissions.IsDeniedAsync(user, parent, ActionNew.ActionLetter))
        {
            return Forbidden(Issue.Error("parentId", "forbidden", $"您没有在《{parentNode.Name}》下新建内容的权限", "You may not create content under this node."));
        }
        if (contentTypes.Get(parentNode.ContentTypeId)?.AllowedContentTypes?.Any(t => t.Alias == ContentTypes.PolicyDocument) != true)
        {
            return Refused(Issue.Error("parentId", "not-allowed", $"《{parentNode.Name}》下不能创建政策文件，请在政策文件栏目上使用“从公文导入”", "This node does not allow policy documents as children."));
        }
        var (upload, refusal) = await Uploads.ReadAsync(file);
        if (refusal is not null)
        {
            return Refused(refusal);
        }
        try
        {
            var (name, bytes) = upload!.Value;
            var result = DocumentExtractor.Extract(SourceReader.Read(name, bytes));
            var draft = Importer.ToDraft(result, bytes, clock.GetUtcNow());
            var report = importer.Import([draft], parent, user.Id);
            var errors = report.Problems.Where(p => p.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                return Refused(errors);
            }
            return Ok(new DraftResponse(ContentPackageImporter.KeyFor(draft.Id).ToString("D"), draft.Name, report.Created == 1, result.Warnings.Select(w => w.Message).ToList()));
        }
        catch (GovOpenException e)
        {
            return Refused(e.Issue);
        }
    }
}
