using System.Text.Json.Nodes;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// 附件 as stored: <c>[{"name","url","mediaType","size","alternativeFormatContact"}]</c>. The Umbraco Delivery API's
/// media picker output (<c>ApiMediaWithCrops</c>: <c>name</c>, <c>url</c>, <c>extension</c>, <c>bytes</c>, and a
/// <c>mediaType</c> that is Umbraco's media type alias, not a MIME type) reads the same way.
/// </summary>
public static class AttachmentsCodec
{
    public static IReadOnlyList<Attachment> Read(JsonNode? node) => node is JsonArray atts
        ? atts.OfType<JsonObject>().Select(a => new Attachment(
            ScalarCodecs.ReadText(a["name"]) ?? "",
            ScalarCodecs.ReadText(a["url"]) ?? "",
            // A MIME type has a slash; Umbraco's media type alias (File, Image, umbracoMediaArticle) has none.
            ScalarCodecs.ReadText(a["mediaType"]) is { } type && type.Contains('/') ? type : null,
            (ScalarCodecs.ReadNumber(a["size"]) ?? ScalarCodecs.ReadNumber(a["bytes"])) is { } size && size >= 0 ? (long)size : null,
            ScalarCodecs.ReadText(a["alternativeFormatContact"]))).ToList()
        : [];

    public static JsonArray Write(IEnumerable<Attachment> attachments) => new(attachments.Select(a => (JsonNode)new JsonObject
    {
        ["name"] = a.Name,
        ["url"] = a.Url,
        ["mediaType"] = a.MediaType,
        ["size"] = a.SizeBytes,
        ["alternativeFormatContact"] = a.AlternativeFormatContact,
    }).ToArray());
}
