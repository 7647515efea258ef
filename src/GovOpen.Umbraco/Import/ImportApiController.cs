using GovOpen.Core;
using GovOpen.Import;
using GovOpen.Umbraco.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Import;

/// <summary>An upload read into memory, or why it was refused.</summary>
internal static class Uploads
{
    public static async Task<((string Name, byte[] Bytes)? Upload, object? Refusal)> ReadAsync(IFormFile? file, long maxBytes)
    {
        if (file is null || file.Length == 0)
        {
            return (null, new { field = "file", message = "请选择要导入的文件", messageEn = "No file was uploaded." });
        }
        if (file.Length > maxBytes)
        {
            return (null, new { field = "file", message = $"{file.FileName}：文件过大（上限{maxBytes / 1048576} MB）", messageEn = $"{file.FileName}: file too large (limit {maxBytes / 1048576} MB)." });
        }
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        return ((Path.GetFileName(file.FileName), ms.ToArray()), null);
    }
}

/// <summary>
/// 从公文导入 → 创建草稿: reads an uploaded 公文, extracts its fields and saves a govPolicyDocument draft (never
/// published) under the chosen 政策文件 column. Importing the same file again updates the same draft.
/// </summary>
[ApiController]
[Route("umbraco/govopen/api/v1/import")]
[Authorize(Policy = RequestsApiController.BackOfficePolicy)]
public sealed class ImportApiController(ContentPackageImporter importer, TimeProvider clock) : ControllerBase
{
    [HttpPost("draft")]
    [RequestSizeLimit(Search.GovOpenApiController.MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Draft(IFormFile? file, [FromForm] string? parentId)
    {
        if (!Guid.TryParse(parentId, out var parent))
        {
            return BadRequest(new { field = "parentId", message = "请在政策文件栏目上使用“从公文导入”", messageEn = "parentId must be the key of the target column." });
        }
        var (upload, refusal) = await Uploads.ReadAsync(file, Search.GovOpenApiController.MaxUploadBytes);
        if (refusal is not null)
        {
            return BadRequest(refusal);
        }
        try
        {
            var (name, bytes) = upload!.Value;
            var result = DocumentExtractor.Extract(SourceReader.Read(name, bytes));
            var draft = Importer.ToDraft(result, bytes, clock.GetUtcNow());
            var report = importer.Import([draft], parent);
            if (report.Problems.FirstOrDefault(p => p.Severity == Severity.Error) is { } problem)
            {
                return BadRequest(new { field = problem.Field, message = problem.Message, messageEn = problem.MessageEn });
            }
            return Ok(new { id = ContentPackageImporter.KeyFor(draft.Id).ToString("D"), name = draft.Name, created = report.Created == 1, warnings = result.Warnings.Select(w => w.Message) });
        }
        catch (ImportException e)
        {
            return BadRequest(new { field = "file", message = e.Issue.Message, messageEn = e.Issue.MessageEn, code = e.Code });
        }
        catch (GovOpenException e)
        {
            return BadRequest(new { field = e.Issue.Field, message = e.Issue.Message, messageEn = e.Issue.MessageEn });
        }
    }
}
