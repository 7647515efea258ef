using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Content;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using GovOpen.Core.Validity;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// The thin adapter between Umbraco content and GovOpen.Core: an <see cref="IContent"/> becomes a content item of
/// the interchange format (same aliases), which Core's mapper reads. No rule lives here.
/// </summary>
public static class UmbracoContentAdapter
{
    /// <summary>Aliases whose stored value is JSON.</summary>
    private static readonly HashSet<string> BooleanAliases = ["requiresInterpretation"];

    private static readonly HashSet<string> JsonAliases = ["disclosure", "validity", "interpretationOf", "standards", "agenda", "body"];

    public static string IdOf(IContent content) => content.Key.ToString("N");

    public static ContentItem ToItem(IContent content)
    {
        var props = new JsonObject();
        foreach (var p in content.Properties)
        {
            var value = p.GetValue();
            if (value is null)
            {
                continue;
            }
            var alias = p.Alias;
            var text = value as string;
            if (BooleanAliases.Contains(alias))
            {
                // A checkbox arrives as bool, 0/1, or their string forms depending on the editor and storage.
                props[alias] = value switch
                {
                    bool b => b,
                    int i => i != 0,
                    string s => s.Trim() is "1" || s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase),
                    _ => false,
                };
            }
            else if (alias == "issuers" && text is not null)
            {
                props[alias] = new JsonArray(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
            }
            else if (text is not null && (JsonAliases.Contains(alias) && alias != "body" || alias == "body" && text.TrimStart().StartsWith('{')))
            {
                // JSON editors, and rich text stored as {"markup": …, "blocks": …}.
                props[alias] = TryParse(text) ?? JsonValue.Create(text);
            }
            else
            {
                props[alias] = value switch
                {
                    string s => JsonValue.Create(s),
                    DateTime dt => JsonValue.Create(dt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                    bool b => JsonValue.Create(b),
                    int i => JsonValue.Create(i == 1),
                    _ => JsonValue.Create(value.ToString()),
                };
            }
        }
        if (props["interpretationOf"] is JsonArray links)
        {
            // Stored as keys or UDIs (umb://document/<key>); Core uses ids in "N" format.
            props["interpretationOf"] = new JsonArray(links.Select(l => (JsonNode)JsonValue.Create(NormalizeKey(l))!).ToArray());
        }
        return new ContentItem
        {
            Id = IdOf(content),
            ContentType = content.ContentType.Alias,
            Name = content.Name ?? "",
            CreateDate = content.CreateDate,
            UpdateDate = content.UpdateDate,
            Route = new ContentRoute("/"),
            Properties = props,
        };
    }

    public static string NormalizeKey(JsonNode? node)
    {
        var s = node switch
        {
            JsonValue v when v.TryGetValue<string>(out var str) => str,
            JsonObject o => o["id"]?.ToString() ?? o["key"]?.ToString() ?? o["udi"]?.ToString() ?? "",
            _ => "",
        };
        var last = s.LastIndexOf('/');
        if (last >= 0)
        {
            s = s[(last + 1)..];
        }
        return Guid.TryParse(s, out var g) ? g.ToString("N") : s;
    }

    /// <summary>The content key in an id, a key in any GUID format, or a UDI (umb://document/…).</summary>
    public static Guid? KeyOf(string id) => Guid.TryParse(NormalizeKey(JsonValue.Create(id)), out var g) ? g : null;

    public static PolicyDocument ToPolicy(IContent content, List<GovOpen.Core.Issue>? issues = null) => ContentMapper.ToPolicy(ToItem(content), issues ?? []);

    public static Interpretation ToInterpretation(IContent content, List<GovOpen.Core.Issue>? issues = null) => ContentMapper.ToInterpretation(ToItem(content), issues ?? []);

    public static Meeting ToMeeting(IContent content, List<GovOpen.Core.Issue>? issues = null) => ContentMapper.ToMeeting(ToItem(content), issues ?? []);

    public static FeeItem ToFee(IContent content, List<GovOpen.Core.Issue>? issues = null) => ContentMapper.ToFee(ToItem(content), issues ?? []);

    public static ValidityRecord ValidityFromJson(string json)
    {
        var item = new ContentItem { Id = "v", ContentType = ContentTypes.PolicyDocument, Name = "v", Properties = new JsonObject { ["validity"] = TryParse(json) } };
        return ContentMapper.ToPolicy(item, []).Validity;
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
