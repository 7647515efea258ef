namespace GovOpen.Core.Documents;

/// <summary>
/// What an agency allows as 附件: file formats and a size limit (政府网站发展指引: attachments in common, openly
/// readable formats such as PDF, OFD, Word, WPS, Excel; an image or an archive only where it is the document itself).
/// </summary>
public sealed record AttachmentPolicy
{
    /// <summary>The formats GovOpen allows unless the agency configures its own list.</summary>
    public static readonly IReadOnlyList<string> DefaultExtensions =
        ["pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "csv", "txt", "rtf", "ppt", "pptx", "jpg", "jpeg", "png", "zip"];

    public IReadOnlyList<string> AllowedExtensions { get; init; } = DefaultExtensions;

    /// <summary>Largest attachment (bytes); 100 MB by default.</summary>
    public long MaxBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>An attachment's format must be allowed; its size, when known, within the limit; it must have a name and an address.</summary>
    public IReadOnlyList<Issue> Check(IReadOnlyList<Attachment> attachments)
    {
        var issues = new List<Issue>();
        for (var n = 0; n < attachments.Count; n++)
        {
            var a = attachments[n];
            var label = string.IsNullOrWhiteSpace(a.Name) ? $"第{n + 1}个附件" : $"附件《{a.Name}》";
            if (string.IsNullOrWhiteSpace(a.Name) || string.IsNullOrWhiteSpace(a.Url))
            {
                issues.Add(Issue.Error("attachments", "incomplete", $"{label}须有名称和文件", $"Attachment {n + 1} needs a name and a file."));
                continue;
            }
            var ext = Extension(a.Url);
            if (ext is null || !AllowedExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase))
            {
                issues.Add(Issue.Error("attachments", "format", $"{label}的格式（{ext ?? "未知"}）不在允许的附件格式中（{string.Join("、", AllowedExtensions)}）", $"The format of attachment {n + 1} ({ext ?? "unknown"}) is not allowed."));
            }
            if (a.SizeBytes is { } size && size > MaxBytes)
            {
                issues.Add(Issue.Error("attachments", "too-large", $"{label}大小为{size / 1048576.0:F1} MB，超过上限{MaxBytes / 1048576.0:F0} MB", $"Attachment {n + 1} is larger than the limit."));
            }
        }
        return issues;
    }

    private static string? Extension(string url)
    {
        var path = url.Split('?', '#')[0];
        var dot = path.LastIndexOf('.');
        var slash = path.LastIndexOf('/');
        return dot > slash && dot < path.Length - 1 ? path[(dot + 1)..].ToLowerInvariant() : null;
    }
}
