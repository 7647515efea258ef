using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using Umbraco.Cms.Core.Models;
using A = GovOpen.Core.Content.PropertyAliases;

namespace GovOpen.Umbraco.ContentModel;

/// <summary>
/// The one two-way table between Umbraco's stored property values and the interchange JSON Core's codecs read
/// (docs/content-model.md). Reading wraps an <see cref="IContent"/> as <see cref="IContentValues"/> — values are
/// converted one property at a time as Core asks for them, no item is built — and writing turns interchange
/// values back into what Umbraco stores (the content-package importer). No rule lives here.
/// </summary>
public static class UmbracoContentAdapter
{
    /// <summary>How a property is stored in Umbraco, where it is not plain text.</summary>
    private enum Storage
    {
        Text,
        /// <summary>A textarea, one entry per line (发文机关).</summary>
        Lines,
        /// <summary>JSON written by our editors.</summary>
        Json,
        /// <summary>Content picker keys or UDIs stored as JSON; the interchange uses ids in "N" format.</summary>
        Keys,
        /// <summary>Rich text: markup, or the <c>{"markup","blocks"}</c> JSON of the 17 editor.</summary>
        RichText,
        /// <summary>Umbraco.MediaPicker3: <c>[{"key","mediaKey","mediaTypeAlias","crops","focalPoint"}]</c>, resolved through the media.</summary>
        MediaPicker,
        Bool,
        /// <summary>A date picker (DateTime); the interchange uses yyyy-MM-dd.</summary>
        Date,
    }

    private static readonly Dictionary<string, Storage> Table = new(StringComparer.Ordinal)
    {
        [A.Issuers] = Storage.Lines,
        [A.Disclosure] = Storage.Json,
        [A.Validity] = Storage.Json,
        [A.Standards] = Storage.Json,
        [A.Agenda] = Storage.Json,
        [A.Images] = Storage.Json,
        [A.QuestionsAndAnswers] = Storage.Json,
        [A.StandardCatalogue] = Storage.Json,
        [A.DecisionCatalogue] = Storage.Json,
        [A.Attachments] = Storage.MediaPicker,
        [A.InterpretationOf] = Storage.Keys,
        [A.Body] = Storage.RichText,
        [A.Overview] = Storage.RichText,
        [A.Problems] = Storage.RichText,
        [A.OtherMatters] = Storage.RichText,
        [A.RequiresInterpretation] = Storage.Bool,
        [A.SignedDate] = Storage.Date,
        [A.PublishedDate] = Storage.Date,
        [A.MeetingDate] = Storage.Date,
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string IdOf(IContent content) => content.Key.ToString("N");

    /// <summary>
    /// An Umbraco system date (<c>CreateDate</c>, <c>UpdateDate</c>) as the instant it is: Umbraco 17 keeps system dates
    /// in UTC (contract row 15) but hands them out as <c>DateTime</c>s whose kind may be unspecified, which .NET would
    /// otherwise take as the server's local time.
    /// </summary>
    public static DateTimeOffset Utc(DateTime systemDate) =>
        new(systemDate.Kind == DateTimeKind.Local ? systemDate.ToUniversalTime() : DateTime.SpecifyKind(systemDate, DateTimeKind.Utc));

    /// <summary>
    /// The values of a document as Core reads them. With <paramref name="media"/>, 附件 picked from Umbraco's media are
    /// read as attachments (name, URL, format, size); without it they are left out.
    /// </summary>
    public static IContentValues Values(IContent content, ContentVersion version, IGovMediaResolver? media = null) => new UmbracoValues(content, version, media);

    /// <summary>
    /// A media picker value (<c>[{"mediaKey": …}]</c>, or our own attachment shape from an older import) as the
    /// interchange attachments: each picked item that exists, in order. A picked item that is gone is reported by
    /// an entry without a file, so the check names it.
    /// </summary>
    public static JsonNode? ResolveAttachments(JsonNode? node, IGovMediaResolver? media)
    {
        if (node is not JsonArray items)
        {
            return node;
        }
        var result = new JsonArray();
        foreach (var entry in items.OfType<JsonObject>())
        {
            if (entry["mediaKey"] is JsonValue mk && mk.TryGetValue<string>(out var raw) && Guid.TryParse(raw, out var key))
            {
                if (media is null)
                {
                    continue;
                }
                var found = media.Find(key);
                result.Add(found is null
                    ? new JsonObject { ["name"] = "（已删除的媒体）", ["url"] = "" }
                    : new JsonObject { ["name"] = found.Name, ["url"] = found.Url, ["size"] = found.Bytes });
            }
            else
            {
                result.Add(entry.DeepClone());
            }
        }
        return result;
    }

    public static PolicyDocument ToPolicy(IContent content, ContentVersion version, List<Issue>? issues = null) => ContentMapper.ToPolicy(Values(content, version), issues ?? []);

    public static Interpretation ToInterpretation(IContent content, ContentVersion version, List<Issue>? issues = null) => ContentMapper.ToInterpretation(Values(content, version), issues ?? []);

    public static Meeting ToMeeting(IContent content, ContentVersion version, List<Issue>? issues = null) => ContentMapper.ToMeeting(Values(content, version), issues ?? []);

    public static FeeItem ToFee(IContent content, ContentVersion version, List<Issue>? issues = null) => ContentMapper.ToFee(Values(content, version), issues ?? []);

    /// <summary>
    /// Finds a 政策文件 by id (key, GUID or UDI) for link checks, reading what the editor last saved (a policy whose
    /// pending draft withholds it cannot be linked either); null when missing or not a policy.
    /// </summary>
    public static Func<string, PolicyDocument?> PolicyFinder(Func<Guid, IContent?> byKey) => id =>
        KeyOf(id) is { } key && byKey(key) is { } c && c.ContentType.Alias == ContentTypes.PolicyDocument ? ToPolicy(c, ContentVersion.Edited) : null;

    /// <summary>Stored value → interchange JSON (null when empty).</summary>
    public static JsonNode? ToJson(string alias, object? stored)
    {
        if (stored is null)
        {
            return null;
        }
        var text = stored as string;
        switch (Table.GetValueOrDefault(alias))
        {
            case Storage.Lines when text is not null:
                return ScalarCodecs.WriteTextList(ScalarCodecs.ReadTextList(JsonValue.Create(text)));
            case Storage.Json when text is not null:
                return TryParse(text) ?? JsonValue.Create(text);
            case Storage.Keys when text is not null:
                var parsed = TryParse(text);
                IEnumerable<JsonNode?> links = parsed is JsonArray a ? a : [parsed ?? JsonValue.Create(text)];
                return new JsonArray(links.Select(NormalizeKey).Where(k => k.Length > 0).Select(k => (JsonNode)JsonValue.Create(k)!).ToArray());
            case Storage.MediaPicker when text is not null:
                return TryParse(text);
            case Storage.RichText when text is not null:
                return text.TrimStart().StartsWith('{') ? TryParse(text) ?? JsonValue.Create(text) : JsonValue.Create(text);
            case Storage.Bool:
                return stored switch
                {
                    bool b => JsonValue.Create(b),
                    int i => JsonValue.Create(i),
                    long l => JsonValue.Create(l),
                    _ => JsonValue.Create(stored.ToString()),
                };
        }
        return stored switch
        {
            string s => JsonValue.Create(s),
            DateTime dt => JsonValue.Create(dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            DateTimeOffset dto => JsonValue.Create(dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bool b => JsonValue.Create(b),
            int i => JsonValue.Create(i),
            long l => JsonValue.Create(l),
            decimal d => JsonValue.Create(d),
            _ => JsonValue.Create(stored.ToString()),
        };
    }

    /// <summary>Interchange JSON → what Umbraco stores for the property (the inverse of <see cref="ToJson"/>).</summary>
    public static object? FromJson(string alias, JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }
        return Table.GetValueOrDefault(alias) switch
        {
            Storage.Lines => string.Join("\n", ScalarCodecs.ReadTextList(node)),
            Storage.RichText => ScalarCodecs.ReadRichText(node),
            Storage.Bool => ScalarCodecs.ReadBool(node),
            Storage.Json or Storage.Keys or Storage.MediaPicker => node is JsonValue v && v.TryGetValue<string>(out var raw) ? raw : node.ToJsonString(Compact),
            _ => node is JsonValue value
                ? value.TryGetValue<string>(out var s) ? s : value.TryGetValue<bool>(out var b) ? b : value.ToJsonString()
                : node.ToJsonString(Compact),
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

    /// <summary>
    /// The edited values of a document with the editor's unsaved changes on top (the workspace's live check): each
    /// posted value is what the back office holds for the property, read as the stored value would be.
    /// </summary>
    public static IContentValues WithEdits(IContent content, string? name, IReadOnlyDictionary<string, JsonNode?> edits, IGovMediaResolver? media = null) =>
        new EditedValues(new UmbracoValues(content, ContentVersion.Edited, media), content, name, edits, media);

    private static object? StoredForm(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => node.ToJsonString(Compact),
    };

    private sealed class EditedValues(IContentValues saved, IContent content, string? name, IReadOnlyDictionary<string, JsonNode?> edits, IGovMediaResolver? media) : IContentValues
    {
        public string Id => saved.Id;

        public string ContentType => saved.ContentType;

        public string Name => string.IsNullOrWhiteSpace(name) ? saved.Name : name;

        public DateTimeOffset CreateDate => saved.CreateDate;

        public JsonNode? Get(string alias) =>
            content.HasProperty(alias) && edits.TryGetValue(alias, out var edited)
                ? alias == A.Attachments ? ResolveAttachments(ToJson(alias, StoredForm(edited)), media) : ToJson(alias, StoredForm(edited))
                : saved.Get(alias);
    }

    private sealed class UmbracoValues(IContent content, ContentVersion version, IGovMediaResolver? media = null) : IContentValues
    {
        private readonly bool _published = version == ContentVersion.Published;

        public string Id => IdOf(content);

        public string ContentType => content.ContentType.Alias;

        public string Name => (_published ? content.PublishName : null) ?? content.Name ?? "";

        public DateTimeOffset CreateDate => Utc(content.CreateDate);

        public JsonNode? Get(string alias)
        {
            if (!content.HasProperty(alias))
            {
                return null;
            }
            var node = ToJson(alias, content.GetValue(alias, published: _published));
            return alias == A.Attachments ? ResolveAttachments(node, media) : node;
        }
    }
}
