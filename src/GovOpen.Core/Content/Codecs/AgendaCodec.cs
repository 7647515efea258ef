using System.Text.Json.Nodes;
using GovOpen.Core.Meetings;

namespace GovOpen.Core.Content.Codecs;

/// <summary>议题 as stored: <c>[{"topic","decision","isPublic","documents","interpretations","presenter"}]</c>; an item is public unless marked otherwise.</summary>
public static class AgendaCodec
{
    public static IReadOnlyList<AgendaItem> Read(JsonNode? node) => node is JsonArray agenda
        ? agenda.OfType<JsonObject>().Select(a => new AgendaItem(
            ScalarCodecs.ReadText(a["topic"]) ?? "",
            ScalarCodecs.ReadText(a["decision"]),
            ScalarCodecs.ReadBool(a["isPublic"]) ?? true,
            ScalarCodecs.ReadIds(a["documents"]),
            ScalarCodecs.ReadIds(a["interpretations"]),
            ScalarCodecs.ReadText(a["presenter"]))).ToList()
        : [];

    public static JsonArray Write(IEnumerable<AgendaItem> items) => new(items.Select(a => (JsonNode)new JsonObject
    {
        ["topic"] = a.Topic,
        ["decision"] = a.Decision,
        ["isPublic"] = a.IsPublic,
        ["documents"] = ScalarCodecs.WriteTextList(a.DocumentIdList),
        ["interpretations"] = ScalarCodecs.WriteTextList(a.InterpretationIdList),
        ["presenter"] = a.Presenter,
    }).ToArray());
}
