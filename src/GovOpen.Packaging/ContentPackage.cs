using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

using GovOpen.Core;
using GovOpen.Core.Content;

namespace GovOpen.Packaging;

/// <summary>
/// A content package on disk:
/// <code>
/// package.json        manifest (format, version, name, agency, sample flag)
/// items/&lt;id&gt;.json     one Delivery-API-shaped item per file
/// media/…             files the items reference by relative path (attachments, images)
/// </code>
/// Reading never trusts the package: ids and media paths cannot leave the package directory, files and counts
/// are size-limited, and each broken item is reported with its file and field while the others load.
/// </summary>
public sealed partial class ContentPackage
{
    public const string ManifestFile = "package.json";
    public const string ItemsDir = "items";
    public const string MediaDir = "media";

    public const long MaxItemBytes = 4 * 1024 * 1024;
    public const int MaxItems = 200_000;
    public const long MaxMediaBytes = 50 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNameCaseInsensitive = false,
    };

    private ContentPackage(string root, PackageManifest manifest, IReadOnlyList<ContentItem> items, IReadOnlyList<Issue> problems)
    {
        Root = root;
        Manifest = manifest;
        Items = items;
        Problems = problems;
    }

    /// <summary>Full path of the package directory.</summary>
    public string Root { get; }

    public PackageManifest Manifest { get; }

    public IReadOnlyList<ContentItem> Items { get; }

    /// <summary>Items that could not be read, each naming its file and the reason.</summary>
    public IReadOnlyList<Issue> Problems { get; }

    /// <summary>The items read into domain records, with the package's own problems first.</summary>
    public ContentSet ToContentSet() => ContentSet.From(Manifest, Items, Problems);

    /// <summary>Whether an id can name a file (Core's <see cref="ContentItemCheck.IsSafeId"/>).</summary>
    public static bool IsSafeId(string? id) => ContentItemCheck.IsSafeId(id);

    /// <summary>Loads a package. Throws <see cref="GovOpenException"/> only when the directory or its manifest is unusable.</summary>
    public static ContentPackage Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new GovOpenException(Issue.Error("package", "not-found", $"内容包目录不存在：{directory}", $"Content package directory not found: {directory}"));
        }
        var manifestPath = Path.Combine(root, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new GovOpenException(Issue.Error("package", "no-manifest", $"内容包缺少 {ManifestFile}：{directory}", $"The content package has no {ManifestFile}: {directory}"));
        }
        PackageManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PackageManifest>(ReadLimited(manifestPath, 64 * 1024), Json)
                ?? throw new JsonException("empty manifest");
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw new GovOpenException(Issue.Error("package", "bad-manifest", $"{ManifestFile} 无法读取：{e.Message}", $"{ManifestFile} cannot be read: {e.Message}"));
        }
        if (manifest.Format != PackageManifest.FormatName)
        {
            throw new GovOpenException(Issue.Error("package", "bad-format", $"{ManifestFile} 的 format 应为“{PackageManifest.FormatName}”", $"{ManifestFile} format must be '{PackageManifest.FormatName}'."));
        }
        if (manifest.Version is < 1 or > PackageManifest.CurrentVersion)
        {
            throw new GovOpenException(Issue.Error("package", "bad-version", $"不支持的内容包版本 {manifest.Version}", $"Unsupported content package version {manifest.Version}."));
        }

        var items = new List<ContentItem>();
        var problems = new List<Issue>();
        var itemsDir = Path.Combine(root, ItemsDir);
        if (Directory.Exists(itemsDir))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var files = Directory.EnumerateFiles(itemsDir, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).Take(MaxItems + 1).ToList();
            if (files.Count > MaxItems)
            {
                files.RemoveAt(files.Count - 1);
                problems.Add(Issue.Error("package", "too-many-items", $"内容包条目超过{MaxItems}个，其余未读取", $"More than {MaxItems} items; the rest were not read."));
            }
            // Files are read and parsed in parallel (start-up time of a large package); checks and duplicates are
            // decided afterwards in file order, so the result does not depend on timing.
            var parsed = new (ContentItem? Item, Exception? Error)[files.Count];
            Parallel.For(0, files.Count, i =>
            {
                try
                {
                    if (new FileInfo(files[i]).LinkTarget is not null)
                    {
                        throw new InvalidDataException("符号链接不被接受 (symbolic links are not accepted)");
                    }
                    parsed[i] = (RegularFile.ParseUtf8(files[i], MaxItemBytes, static utf8 => JsonSerializer.Deserialize<ContentItem>(utf8, Json)) ?? throw new InvalidDataException("空文件 (empty)"), null);
                }
                catch (Exception e) when (e is JsonException or IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    parsed[i] = (null, e);
                }
            });
            for (var i = 0; i < files.Count; i++)
            {
                var name = Path.GetFileName(files[i]);
                if (parsed[i].Error is { } e)
                {
                    problems.Add(Issue.Error("item", "unreadable", $"{name}：无法读取（{e.Message}）", $"{name}: cannot be read ({e.Message})."));
                    continue;
                }
                var item = parsed[i].Item!;
                var issue = Check(item, name);
                if (issue is not null)
                {
                    problems.Add(issue);
                    continue;
                }
                if (!seen.Add(item.Id))
                {
                    problems.Add(Issue.Error("id", "duplicate", $"{name}：id“{item.Id}”重复", $"{name}: duplicate id '{item.Id}'."));
                    continue;
                }
                items.Add(item);
            }
        }
        return new ContentPackage(root, manifest, items, problems);
    }

    private static Issue? Check(ContentItem item, string file) => ContentItemCheck.Problem(item, file);

    private static string Short(string? s) => s is null ? "" : s.Length > 40 ? s[..40] + "…" : s;

    private static string ReadLimited(string path, long max) => RegularFile.ReadAllText(path, max);

    /// <summary>
    /// The full path of a media file referenced by an item (e.g. <c>media/2024/plan.pdf</c>), or null if the
    /// reference is absolute, leaves the package's media directory, or does not exist.
    /// </summary>
    public string? ResolveMedia(string? reference) => ResolveMedia(Root, reference);

    /// <summary>The same for the package in <paramref name="directory"/>, without loading it.</summary>
    public static string? ResolveMedia(string directory, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Contains('\0') || Path.IsPathRooted(reference) || reference.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }
        var mediaRoot = Path.GetFullPath(Path.Combine(directory, MediaDir)) + Path.DirectorySeparatorChar;
        var relative = reference.Replace('\\', '/').TrimStart('/');
        if (relative.StartsWith(MediaDir + "/", StringComparison.Ordinal))
        {
            relative = relative[(MediaDir.Length + 1)..];
        }
        var full = Path.GetFullPath(Path.Combine(mediaRoot, relative));
        if (!full.StartsWith(mediaRoot, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }
        var info = new FileInfo(full);
        // A FIFO or device named like a media file would hang the request that streams it.
        if (info.LinkTarget is not null || info.Length > MaxMediaBytes || !RegularFile.IsRegular(full))
        {
            return null;
        }
        return full;
    }

    /// <summary>Writes a package (creating or updating it). Item files are named by id; unsafe ids are refused.</summary>
    public static void Write(string directory, PackageManifest manifest, IEnumerable<ContentItem> items)
    {
        var root = Path.GetFullPath(directory);
        var itemsDir = Path.Combine(root, ItemsDir);
        Directory.CreateDirectory(itemsDir);
        foreach (var item in items)
        {
            var issue = Check(item, item.Id);
            if (issue is not null)
            {
                throw new GovOpenException(issue);
            }
            WriteAtomic(Path.Combine(itemsDir, item.Id + ".json"), JsonSerializer.Serialize(item, Json));
        }
        WriteAtomic(Path.Combine(root, ManifestFile), JsonSerializer.Serialize(manifest, Json));
    }

    /// <summary>Copies a media file into the package and returns its reference (<c>media/…</c>).</summary>
    public static string AddMedia(string directory, string sourceFile, string relativeName)
    {
        var mediaRoot = Path.GetFullPath(Path.Combine(directory, MediaDir)) + Path.DirectorySeparatorChar;
        var target = Path.GetFullPath(Path.Combine(mediaRoot, relativeName));
        if (!target.StartsWith(mediaRoot, StringComparison.Ordinal))
        {
            throw new GovOpenException(Issue.Error("media", "unsafe", $"媒体文件名“{relativeName}”不安全", $"Unsafe media name '{relativeName}'."));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(sourceFile, target, overwrite: true);
        return MediaDir + "/" + Path.GetRelativePath(mediaRoot, target).Replace('\\', '/');
    }

    private static void WriteAtomic(string path, string text)
    {
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, text, new UTF8Encoding(false));
        File.Move(tmp, path, overwrite: true);
    }
}
