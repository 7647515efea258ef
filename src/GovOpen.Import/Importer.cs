using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;

namespace GovOpen.Import;

/// <summary>The outcome for one file of a batch.</summary>
public sealed record ImportOutcome(string File, ExtractionResult? Result, ContentItem? Item, Issue? Failure);

/// <summary>Imports files into policy drafts; one bad file never stops the batch.</summary>
public static class Importer
{
    /// <summary>Files to import from the given files and folders (folders recursively; hidden files, Word's lock files and a saved page's own resources skipped).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var list = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                // Every file of the folder is tried, so one that cannot be imported (.doc, .pdf, a link) is reported by name
                // instead of silently left out; only hidden files, Word's lock files (~$…) and the resources a browser
                // saves beside a page (页面_files/ next to 页面.html: its styles, scripts and images) are not documents.
                list.AddRange(Directory.EnumerateFiles(p, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal) && !IsSavedPageResource(f))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                list.Add(p);
            }
        }
        return list;
    }

    /// <summary>A file inside the folder a browser saves beside a page (<c>X_files</c> or <c>X.files</c> next to <c>X.html</c>/<c>X.htm</c>).</summary>
    private static bool IsSavedPageResource(string file)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir?.Parent is { } parent; dir = parent)
        {
            foreach (var suffix in (string[])["_files", ".files"])
            {
                if (dir.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    var page = dir.Name[..^suffix.Length];
                    if (File.Exists(Path.Combine(parent.FullName, page + ".html")) || File.Exists(Path.Combine(parent.FullName, page + ".htm")))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static ImportOutcome ImportFile(string path, DateTimeOffset now, ImportLimits? limits = null)
    {
        try
        {
            if (!File.Exists(path))
            {
                throw new ImportException(Path.GetFileName(path), "not-found", "文件不存在", "file not found");
            }
            if (new FileInfo(path).LinkTarget is not null)
            {
                // A link could pull in any file of the machine (link.txt → /etc/passwd): import the file itself instead.
                throw new ImportException(Path.GetFileName(path), "symlink", "是符号链接，不被导入；请直接导入它指向的文件", "a symbolic link is not imported; import the file it points to");
            }
            var bytes = File.ReadAllBytes(path);
            var source = SourceReader.Read(Path.GetFileName(path), bytes, limits);
            var result = DocumentExtractor.Extract(source);
            return new ImportOutcome(path, result, ToDraft(result, bytes, now), null);
        }
        catch (ImportException e)
        {
            return new ImportOutcome(path, null, null, e.Issue);
        }
        catch (IOException e)
        {
            return new ImportOutcome(path, null, null, Issue.Error("file", "io", $"{Path.GetFileName(path)}：无法读取（{e.Message}）", $"{Path.GetFileName(path)}: cannot be read ({e.Message})"));
        }
    }

    /// <summary>Stable id from the file's content: importing the same file again updates the same draft.</summary>
    public static string IdFor(byte[] bytes) => "imp-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];

    /// <summary>A govPolicyDocument draft with the extracted fields; missing fields stay absent.</summary>
    public static ContentItem ToDraft(ExtractionResult r, byte[] bytes, DateTimeOffset now)
    {
        var id = IdFor(bytes);
        var title = r.Title?.Value ?? r.AttachedTitle?.Value ?? Path.GetFileNameWithoutExtension(r.FileName);
        var props = new JsonObject
        {
            [PropertyAliases.Draft] = true,
            [PropertyAliases.Body] = ScalarCodecs.WriteRichText(BodyHtml(r)),
            [PropertyAliases.Genre] = DocumentGenres.FromTitle(title).Name(),
            ["importSource"] = new JsonObject
            {
                ["file"] = r.FileName,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                ["importedAt"] = now.ToString("O"),
                ["titleFromFileName"] = r.Title is null && r.AttachedTitle is null,
                ["fields"] = r.ToJson()["fields"]!.DeepClone(),
                ["warnings"] = new JsonArray(r.Warnings.Select(w => (JsonNode)JsonValue.Create(w.Message)!).ToArray()),
                ["kept"] = r.ToJson()["kept"]!.DeepClone(),
                // What the document decides about earlier documents; publishing it records them as pending changes.
                ["proposedValidityChanges"] = r.ToJson()["decides"]!.DeepClone(),
                // The document a 转发/批转/印发 wrapper carries: its title and, when it signs itself, its issuer and date.
                ["carried"] = r.ToJson()["carried"]?.DeepClone(),
                ["notes"] = new JsonArray(r.Notes.Select(n => (JsonNode)JsonValue.Create(n.Text)!).ToArray()),
            },
        };
        if (r.DocumentNumber is { } n)
        {
            props[PropertyAliases.DocumentNumber] = n.Value;
        }
        if (r.Issuers is { } iss)
        {
            props[PropertyAliases.Issuers] = ScalarCodecs.WriteTextList(iss.Value);
        }
        if (r.SignedDate is { } sd)
        {
            props[PropertyAliases.SignedDate] = ScalarCodecs.WriteDate(sd.Value);
        }
        if (r.EffectiveDate is { } effective)
        {
            // 自…起施行 / 有效期… read from the text: the draft's validity, for the editor to confirm before publishing.
            props[PropertyAliases.Validity] = ValidityCodec.Write(GovOpen.Core.Validity.ValidityRecord.Starting(effective, r.ValidUntil is { } until && until >= effective ? until : null));
        }
        if (r.MainRecipients is { } mr)
        {
            props["mainRecipients"] = mr.Value;
        }
        if (r.Disclosure is { } d)
        {
            // The marker in the document records the drafting office's decision; the ground is still the editor's to give.
            props[PropertyAliases.Disclosure] = DisclosureCodec.Write(new DisclosureDecision(d.Value));
        }
        if (r.Attachments is { } att)
        {
            props["attachmentNotes"] = new JsonArray(att.Value.Select(a => (JsonNode)JsonValue.Create(a)!).ToArray());
        }
        if (r.CitedNumbers.Count > 0)
        {
            props["citedNumbers"] = new JsonArray(r.CitedNumbers.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        }
        FromPageMetadata(r, props);
        return new ContentItem
        {
            Id = id,
            ContentType = ContentTypes.PolicyDocument,
            Name = title,
            CreateDate = now,
            UpdateDate = now,
            Route = new ContentRoute($"/xxgk/zcwj/{id}/"),
            Properties = props,
        };
    }

    /// <summary>
    /// A page copied from the old site shows what its 政府信息公开 catalogue recorded, and a migration keeps it: the
    /// 索引号 (a permanent identifier), the 主题分类 (when it is a class of the national taxonomy, or its top level is),
    /// the 发布日期 (the day the old site published it). The page's 有效性 is not set as the draft's validity — a label
    /// without the deciding document's date and link is not a validity record — but kept as <c>importSource.pageValidity</c>
    /// with a warning for the editor to record it.
    /// </summary>
    private static void FromPageMetadata(ExtractionResult r, JsonObject props)
    {
        var page = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, value) in r.PageMetadata)
        {
            page.TryAdd(label.Replace(" ", "", StringComparison.Ordinal), value.Trim());
        }
        string? Get(params string[] labels) => labels.Select(l => page.GetValueOrDefault(l)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var source = (JsonObject)props["importSource"]!;
        var warnings = (JsonArray)source["warnings"]!;
        if (Get("索引号") is { } index && index.Length is >= 6 and <= 60 && !index.Any(char.IsWhiteSpace) && index.Any(char.IsAsciiDigit))
        {
            props[PropertyAliases.IndexNumber] = index;
        }
        if (Get("主题分类") is { } topic)
        {
            if (TopicTaxonomy.Validate(topic) is null)
            {
                props[PropertyAliases.Topic] = TopicTaxonomy.Normalize(topic);
            }
            else if (TopicTaxonomy.Validate(TopicTaxonomy.TopLevel(topic)) is null)
            {
                props[PropertyAliases.Topic] = TopicTaxonomy.TopLevel(topic);
                warnings.Add($"原网页主题分类“{topic}”的二级类目不在国家分类中，只保留一级类目“{TopicTaxonomy.TopLevel(topic)}”");
            }
            else
            {
                warnings.Add($"原网页主题分类“{topic}”不在国家主题分类中，请重新选择");
            }
        }
        if (Get("发布日期", "发布时间") is { } published && DocumentExtractor.PageDate(published) is { } date)
        {
            props[PropertyAliases.PublishedDate] = ScalarCodecs.WriteDate(date);
        }
        if (Get("有效性", "时效性", "效力状态") is { } validity)
        {
            source["pageValidity"] = validity;
            warnings.Add($"原网页标注有效性为“{validity}”，请在“有效性”中核对并记录依据");
        }
    }

    /// <summary>Body paragraphs as HTML: 一、 and （一） headings become h3/h4, the rest paragraphs (all text escaped).</summary>
    public static string BodyHtml(ExtractionResult r)
    {
        var sb = new StringBuilder();
        foreach (var p in r.Body)
        {
            var text = WebUtility.HtmlEncode(p.Text);
            sb.Append(p.Level switch
            {
                1 => $"<h3>{text}</h3>",
                2 => $"<h4>{text}</h4>",
                _ => $"<p>{text}</p>",
            });
        }
        // An attachment's full text stays with the document, after its body, headed by its label and title.
        foreach (var a in r.AttachmentTexts)
        {
            var heading = a.Title is null ? a.Label : $"{a.Label}　{a.Title}";
            sb.Append($"<h3>{WebUtility.HtmlEncode(heading)}</h3>");
            foreach (var p in a.Paragraphs)
            {
                sb.Append(p.Level == 1 ? $"<h4>{WebUtility.HtmlEncode(p.Text)}</h4>" : $"<p>{WebUtility.HtmlEncode(p.Text)}</p>");
            }
        }
        return sb.ToString();
    }
}
