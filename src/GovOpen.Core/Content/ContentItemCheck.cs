using System.Text.RegularExpressions;

namespace GovOpen.Core.Content;

/// <summary>
/// Whether an item of the interchange format is usable at all, whatever brought it (a package file, the Delivery
/// API, an import): a safe id, a name, a known content type, a route, properties. An unusable item is reported
/// naming the field and left out; the others load.
/// </summary>
public static partial class ContentItemCheck
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$")]
    private static partial Regex SafeId();

    /// <summary>Whether an id can name a file (letters, digits, - and _; no dots, slashes or traversal).</summary>
    public static bool IsSafeId(string? id) => id is not null && SafeId().IsMatch(id);

    /// <summary>Why the item cannot be used, or null; <paramref name="where"/> names it in the message (a file, an id).</summary>
    public static Issue? Problem(ContentItem? item, string where)
    {
        if (item is null)
        {
            return Issue.Error("item", "empty", $"{where}：空条目", $"{where}: empty item.");
        }
        if (!IsSafeId(item.Id))
        {
            return Issue.Error("id", "unsafe", $"{where}：id“{Short(item.Id)}”只能包含字母、数字、-和_", $"{where}: id '{Short(item.Id)}' may only contain letters, digits, - and _.");
        }
        if (string.IsNullOrWhiteSpace(item.Name))
        {
            return Issue.Error("name", "required", $"{where}：name 不能为空", $"{where}: name is empty.");
        }
        if (!ContentTypes.All.Contains(item.ContentType))
        {
            return Issue.Error("contentType", "unknown", $"{where}：未知的内容类型“{Short(item.ContentType)}”", $"{where}: unknown content type '{Short(item.ContentType)}'.");
        }
        if (item.Route?.Path is not { } p || !p.StartsWith('/') || p.Contains("..", StringComparison.Ordinal) || p.Contains('\\') || p.Length > 500)
        {
            return Issue.Error("route", "invalid", $"{where}：route.path 必须以/开头且不含..", $"{where}: route.path must start with / and contain no '..'.");
        }
        if (item.Properties is null)
        {
            return Issue.Error("properties", "required", $"{where}：properties 不能为空", $"{where}: properties are missing.");
        }
        return null;
    }

    private static string Short(string? s) => s is null ? "" : s.Length > 40 ? s[..40] + "…" : s;
}
