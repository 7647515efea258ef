using System.Text.Json.Nodes;
using GovOpen.Core.Interpretations;

namespace GovOpen.Core.Content.Codecs;

/// <summary>
/// 图解 images as stored: <c>[{"url","alt","longDescription","width","height","mediaKey"}]</c>; 问答 as <c>[{"question","answer"}]</c>.
/// </summary>
public static class InterpretationContentCodec
{
    public static IReadOnlyList<GraphicImage> ReadImages(JsonNode? node) => node is JsonArray images
        ? images.OfType<JsonObject>().Select(i => new GraphicImage(
            ScalarCodecs.ReadText(i["url"]) ?? "",
            ScalarCodecs.ReadText(i["alt"]) ?? "",
            ScalarCodecs.ReadText(i["longDescription"]),
            ScalarCodecs.ReadNumber(i["width"]) is { } w && w > 0 && w < int.MaxValue ? (int)w : null,
            ScalarCodecs.ReadNumber(i["height"]) is { } h && h > 0 && h < int.MaxValue ? (int)h : null,
            ScalarCodecs.ReadText(i["mediaKey"]))).ToList()
        : [];

    public static JsonArray WriteImages(IEnumerable<GraphicImage> images) => new(images.Select(i => (JsonNode)new JsonObject
    {
        ["url"] = i.Url,
        ["alt"] = i.Alt,
        ["longDescription"] = i.LongDescription,
        ["width"] = i.Width,
        ["height"] = i.Height,
        ["mediaKey"] = i.MediaKey,
    }).ToArray());

    public static IReadOnlyList<QuestionAnswer> ReadQuestions(JsonNode? node) => node is JsonArray qa
        ? qa.OfType<JsonObject>().Select(q => new QuestionAnswer(ScalarCodecs.ReadText(q["question"]) ?? "", ScalarCodecs.ReadText(q["answer"]) ?? "")).ToList()
        : [];

    public static JsonArray WriteQuestions(IEnumerable<QuestionAnswer> qa) => new(qa.Select(q => (JsonNode)new JsonObject
    {
        ["question"] = q.Question,
        ["answer"] = q.Answer,
    }).ToArray());
}
