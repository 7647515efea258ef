using System.Text.Json.Nodes;
using GovOpen.Core.Documents;

namespace GovOpen.Core.Content.Codecs;

/// <summary>附件 as stored: <c>[{"name","url","mediaType","size","alternativeFormatContact"}]</c>.</summary>
public static class AttachmentsCodec
{
    public static IReadOnlyList<Attachment> Read(JsonNode? node) => node is JsonArray atts
        ? atts.OfType<JsonObject>().Select(a => new Attachment(
            ScalarCodecs.ReadText(a["name"]) ?? "",
            ScalarCodecs.ReadText(a["url"]) ?? "",
            ScalarCodecs.ReadText(a["mediaType"]),
            ScalarCodecs.ReadNumber(a["size"]) is { } size ? (long)size : null,
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
