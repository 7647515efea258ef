using System.Security.Cryptography;
using System.Text;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Packaging;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security.Authorization;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Import;

/// <summary>What an import did.</summary>
public sealed record PackageImportReport(int Created, int Updated, IReadOnlyList<Issue> Problems);

/// <summary>
/// Imports a content package (e.g. from <c>govopen import</c>) under a parent node as drafts. The Umbraco key is
/// the item id when it is a GUID, otherwise a name-based GUID of the id, so a re-import updates the same nodes and
/// never duplicates them. Nothing is published. A node with that key is updated only when it is the same item: under
/// the same parent, of the same document type, not in the recycle bin, and (for an editor) one they may update —
/// otherwise a package naming another node's key (a GUID id is used as the key as it is) could overwrite any document.
/// </summary>
public sealed class ContentPackageImporter(IContentService contentService, IContentTypeService contentTypes)
{
    public static Guid KeyFor(string id) => Guid.TryParse(id, out var g) ? g : new Guid(MD5.HashData(Encoding.UTF8.GetBytes("govopen:" + id)));

    public PackageImportReport Import(ContentPackage package, Guid parentKey, int userId = -1) =>
        Import(package.Items, parentKey, userId, package.Problems);

    /// <summary>
    /// Imports as a signed-in editor: saved as them, and an item that would update an existing node is refused
    /// unless they hold Umbraco's update permission on it (the caller checks create permission on the parent).
    /// </summary>
    public async Task<PackageImportReport> ImportAsEditorAsync(IReadOnlyCollection<ContentItem> items, Guid parentKey, IUser editor, IContentPermissionAuthorizer permissions, IEnumerable<Issue>? knownProblems = null)
    {
        // One question for every item's key; only a node that exists is ever asked about below.
        var updatable = await permissions.FilterAuthorizedAsync(editor, items.Select(i => KeyFor(i.Id)).Distinct().ToList(), new HashSet<string> { ActionUpdate.ActionLetter });
        return Import(items, parentKey, editor.Id, knownProblems, existing => updatable.Contains(existing.Key));
    }

    /// <summary>Imports items (policy documents, interpretations, meetings, fee items, consultations) as drafts under a parent; updates by id.</summary>
    public PackageImportReport Import(IEnumerable<ContentItem> items, Guid parentKey, int userId = -1, IEnumerable<Issue>? knownProblems = null, Func<IContent, bool>? mayUpdate = null)
    {
        var problems = new List<Issue>(knownProblems ?? []);
        var created = 0;
        var updated = 0;
        if (contentService.GetById(parentKey) is not { } parent)
        {
            throw new GovOpenException(Issue.Error("parent", "not-found", "导入的目标栏目不存在", "The parent node does not exist."));
        }
        foreach (var item in items.Where(i => i.ContentType is ContentTypes.PolicyDocument or ContentTypes.PolicyInterpretation or ContentTypes.Meeting or ContentTypes.FeeItem or ContentTypes.Consultation))
        {
            var type = contentTypes.Get(item.ContentType);
            if (type is null)
            {
                problems.Add(Issue.Error("contentType", "missing", $"{item.Id}：站点中没有文档类型 {item.ContentType}", $"{item.Id}: document type {item.ContentType} is not installed."));
                continue;
            }
            var key = KeyFor(item.Id);
            var content = contentService.GetById(key);
            if (content is not null && NotTheSameItem(item, content, parent, mayUpdate) is { } refusal)
            {
                problems.Add(refusal);
                continue;
            }
            var isNew = content is null;
            content ??= contentService.Create(item.Name, parentKey, item.ContentType, userId);
            content.Key = key;
            content.Name = item.Name;
            foreach (var (alias, node) in item.Properties)
            {
                if (node is null || !type.PropertyTypeExists(alias))
                {
                    continue;
                }
                if (alias == PropertyAliases.Attachments && node is System.Text.Json.Nodes.JsonArray { Count: > 0 } files
                    && files.OfType<System.Text.Json.Nodes.JsonObject>().Any(f => f["mediaKey"] is null))
                {
                    // 附件 are Umbraco media: a package's files are not copied into the media library by this import.
                    problems.Add(Issue.Warn(alias, "not-imported", $"{item.Id}：{files.Count}个附件未导入，请上传到媒体库后在“附件”中选择（内容包中的文件保持不变）", $"{item.Id}: {files.Count} attachment(s) not imported; upload them to the media library and pick them."));
                    continue;
                }
                content.SetValue(alias, UmbracoContentAdapter.FromJson(alias, node));
            }
            contentService.Save(content, userId);
            if (isNew)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }
        return new PackageImportReport(created, updated, problems);
    }

    /// <summary>Why an existing node with the item's key may not be updated by this import, or null when it may.</summary>
    private static Issue? NotTheSameItem(ContentItem item, IContent existing, IContent parent, Func<IContent, bool>? mayUpdate)
    {
        if (existing.Trashed)
        {
            return Issue.Error("id", "trashed", $"{item.Id}：同一标识的内容《{existing.Name}》在回收站中，请先还原或彻底删除后再导入", $"{item.Id}: the node with this id is in the recycle bin; restore or delete it first.");
        }
        if (existing.ParentId != parent.Id)
        {
            return Issue.Error("id", "exists-elsewhere", $"{item.Id}：同一标识的内容《{existing.Name}》位于其他栏目，未导入", $"{item.Id}: a node with this id exists under another parent; not imported.");
        }
        if (existing.ContentType.Alias != item.ContentType)
        {
            return Issue.Error("id", "other-type", $"{item.Id}：同一标识的内容《{existing.Name}》是另一种文档类型，未导入", $"{item.Id}: a node with this id is of another document type; not imported.");
        }
        if (mayUpdate is not null && !mayUpdate(existing))
        {
            return Issue.Error("id", "forbidden", $"{item.Id}：您没有修改《{existing.Name}》的权限，未导入", $"{item.Id}: you may not update the existing node; not imported.");
        }
        return null;
    }
}
