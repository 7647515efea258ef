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
    /// <summary>Reads an uploaded 公文 (.docx/.txt/.html) and returns its fields (docs/import.md); nothing is stored.</summary>
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
        var (parent, parentNode, user, denied) = await CreatableParent(parentId, "请在政策文件栏目上使用“从公文导入”");
        if (denied is not null)
        {
            return denied;
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
            var report = await importer.ImportAsEditorAsync([draft], parent, user, permissions);
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

    /// <summary>
    /// The column an import goes under, when the signed-in user may create content there (Umbraco's create
    /// permission); otherwise the refusal to answer, naming the field.
    /// </summary>
    private async Task<(Guid Key, global::Umbraco.Cms.Core.Models.IContent Node, global::Umbraco.Cms.Core.Models.Membership.IUser User, IActionResult? Refusal)> CreatableParent(string? parentId, string invalidZh)
    {
        if (!Guid.TryParse(parentId, out var parent))
        {
            return (default, null!, null!, Refused(Issue.Error("parentId", "invalid", invalidZh, "parentId must be the key of the target column.")));
        }
        if (currentUser.User is not { } user)
        {
            return (default, null!, null!, SignInRequired());
        }
        if (contentService.GetById(parent) is not { } parentNode)
        {
            return (default, null!, null!, NotFound(Issue.Error("parentId", "not-found", "导入的目标栏目不存在", "The parent node does not exist.")));
        }
        if (await permissions.IsDeniedAsync(user, parent, ActionNew.ActionLetter))
        {
            return (default, null!, null!, Forbidden(Issue.Error("parentId", "forbidden", $"您没有在《{parentNode.Name}》下新建内容的权限", "You may not create content under this node.")));
        }
        return (parent, parentNode, user, null);
    }

    /// <summary>Largest content package (.zip) accepted, and its limits once unpacked.</summary>
    public const long MaxPackageBytes = 100L * 1024 * 1024;
    public const long MaxUnpackedBytes = 400L * 1024 * 1024;
    public const int MaxPackageEntries = 20_000;

    /// <summary>
    /// Imports a content package (.zip of <c>package.json</c>, <c>items/</c>, <c>media/</c>, e.g. from <c>govopen import</c>)
    /// under <paramref name="parentId"/> as drafts, as the signed-in editor (create permission on the column); items
    /// already imported are updated by id. Answers how many were created and updated and every item's problem — one
    /// bad item never stops the others.
    /// </summary>
    [HttpPost("import/package")]
    [RequestSizeLimit(MaxPackageBytes + 64 * 1024)]
    public async Task<IActionResult> Package(IFormFile? file, [FromForm] string? parentId)
    {
        var (parent, parentNode, user, denied) = await CreatableParent(parentId, "请在目标栏目上使用导入");
        if (denied is not null)
        {
            return denied;
        }
        var (upload, refusal) = await Uploads.ReadAsync(file, MaxPackageBytes);
        if (refusal is not null)
        {
            return Refused(refusal);
        }
        var dir = Directory.CreateTempSubdirectory("govopen-package-").FullName;
        try
        {
            if (Unzip(upload!.Value.Bytes, dir) is { } bad)
            {
                return Refused(bad);
            }
            var root = System.IO.File.Exists(Path.Combine(dir, GovOpen.Packaging.ContentPackage.ManifestFile))
                ? dir
                : Directory.GetDirectories(dir).FirstOrDefault(d => System.IO.File.Exists(Path.Combine(d, GovOpen.Packaging.ContentPackage.ManifestFile))) ?? dir;
            var package = GovOpen.Packaging.ContentPackage.Load(root);
            var allowed = contentTypes.Get(parentNode.ContentTypeId)?.AllowedContentTypes?.Select(t => t.Alias).ToHashSet() ?? [];
            var problems = new List<Issue>(package.Problems);
            var items = new List<ContentItem>();
            foreach (var item in package.Items.Where(i => i.ContentType is ContentTypes.PolicyDocument or ContentTypes.PolicyInterpretation or ContentTypes.Meeting or ContentTypes.FeeItem))
            {
                if (!allowed.Contains(item.ContentType))
                {
                    problems.Add(Issue.Error("contentType", "not-allowed", $"{item.Id}：《{parentNode.Name}》下不能创建{item.ContentType}", $"{item.Id}: {item.ContentType} is not allowed under this node."));
                    continue;
                }
                items.Add(item);
            }
            var report = await importer.ImportAsEditorAsync(items, parent, user, permissions, problems);
            return Ok(new
            {
                created = report.Created,
                updated = report.Updated,
                problems = report.Problems.Select(p => new { field = p.Field, code = p.Code, severity = p.Severity == Severity.Error ? "error" : "warning", message = p.Message }).ToList(),
            });
        }
        catch (GovOpenException e)
        {
            return Refused(e.Issue);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Unpacks a .zip into <paramref name="dir"/>: no entry may leave it, and count and size are bounded (a zip bomb is refused).</summary>
    internal static Issue? Unzip(byte[] bytes, string dir)
    {
        System.IO.Compression.ZipArchive zip;
        try
        {
            zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return Issue.Error("file", "not-a-zip", "内容包应为 .zip 文件", "The content package must be a .zip file.");
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxPackageEntries)
            {
                return Issue.Error("file", "too-many-entries", $"内容包文件过多（上限{MaxPackageEntries}个）", "Too many files in the package.");
            }
            var root = Path.GetFullPath(dir) + Path.DirectorySeparatorChar;
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal))
                {
                    return Issue.Error("file", "unsafe-entry", $"内容包中的“{entry.FullName}”指向包外，已拒绝", $"The entry '{entry.FullName}' points outside the package.");
                }
                if (entry.FullName.EndsWith('/'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }
                total += entry.Length;
                if (total > MaxUnpackedBytes || entry.Length > MaxUnpackedBytes)
                {
                    return Issue.Error("file", "too-large", $"内容包解压后过大（上限{MaxUnpackedBytes / 1048576} MB）", "The package is too large once unpacked.");
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var input = entry.Open();
                using var output = System.IO.File.Create(target);
                // Copy at most the declared length: an entry that inflates beyond it is cut, never trusted.
                var buffer = new byte[81920];
                long written = 0;
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    written += read;
                    if (written > entry.Length)
                    {
                        return Issue.Error("file", "corrupt", $"内容包中的“{entry.FullName}”已损坏", $"The entry '{entry.FullName}' is corrupt.");
                    }
                    output.Write(buffer, 0, read);
                }
            }
        }
        return null;
    }
}
