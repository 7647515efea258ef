using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core.Text;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// Codecs of the plain values every content type uses: text, lists, content-picker ids, dates, booleans, numbers
/// and rich text. Reading is lenient about shape (a picker value may be an id or an object with <c>id</c>; rich
/// text a string or <c>{"markup": …}</c>; a boolean <c>true</c>, <c>1</c> or <c>"true"</c>) and strict about
/// values: a bad value is reported naming the field and left empty.
/// </summary>
public static class ScalarCodecs
{
    public static string? ReadText(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static JsonNode? WriteText(string? value) => value is null ? null : JsonValue.Create(value);

    /// <summary>A list of strings from an array or a single string (also one entry per line, as a textarea stores it).</summary>
    public static IReadOnlyList<string> ReadTextList(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(ReadText).OfType<string>().ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) =>
            s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };

    public static JsonArray WriteTextList(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());

    /// <summary>Content picker values: ids, or objects with an <c>id</c> (Delivery API expanded form); duplicates removed.</summary>
    public static IReadOnlyList<string> ReadIds(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(x => x switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o => ReadText(o["id"]),
            _ => null,
        }).OfType<string>().Where(s => s.Length > 0).Distinct().ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) && s.Length > 0 => [s],
        _ => [],
    };

    public static DateOnly? ReadDate(JsonNode? node, string field, ReadContext ctx)
    {
        var s = ReadText(node);
        if (s is null)
        {
            return null;
        }
        if (GovOpen.Core.Text.IsoDate.TryParse(s, out var d) || ChineseDate.TryParse(s, out d))
        {
            return d;
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            return DateOnly.FromDateTime(dto.DateTime);
        }
        ctx.Report(Issue.Error(field, "bad-date", $"{field}“{s}”不是有效日期（应为yyyy-MM-dd）", $"{field} '{s}' is not a date (yyyy-MM-dd)."));
        return null;
    }

    public static JsonNode? WriteDate(DateOnly? value) => value is { } d ? JsonValue.Create(IsoDate.Format(d)) : null;

    /// <summary>
    /// A boolean from <c>true</c>/<c>false</c>, the numbers 1/0 or their string forms (how checkboxes arrive from
    /// different editors and storage); anything else is null.
    /// </summary>
    public static bool? ReadBool(JsonNode? node)
    {
        if (node is not JsonValue v)
        {
            return null;
        }
        switch (v.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return ReadNumber(v) switch { 1 => true, 0 => false, _ => null };
            case JsonValueKind.String:
                var s = v.GetValue<string>().Trim();
                return s is "1" || s.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
                    : s is "0" || s.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
                    : null;
            default:
                return null;
        }
    }

    /// <summary>A JSON number (however the node was built: parsed or created in code), or a numeric string.</summary>
    public static decimal? ReadNumber(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
        && decimal.TryParse(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    /// <summary>A positive whole number (e.g. a meeting's 届次), or null.</summary>
    public static int? ReadPositiveInt(JsonNode? node) =>
        ReadNumber(node) is { } n && n == Math.Floor(n) && n is > 0 and < int.MaxValue ? (int)n : null;

    /// <summary>Rich text from a string or a Delivery API <c>{"markup": …}</c> object.</summary>
    public static string ReadRichText(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o when o["markup"] is JsonValue m && m.TryGetValue<string>(out var markup) => markup,
        _ => "",
    };

    /// <summary>Rich text in the Delivery API v2 shape.</summary>
    public static JsonObject WriteRichText(string markup) => new() { ["markup"] = markup, ["blocks"] = new JsonArray() };
}
