using System.Text.Json.Nodes;
using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Content.Codecs;

/// <summary>Reads and writes a value of a vocabulary: stored as its ASCII alias, read from alias, name or synonym.</summary>
public static class VocabularyCodec
{
    /// <summary>The value, null when absent; an unknown value is reported naming the field.</summary>
    public static T? Read<T>(Vocabulary<T> vocabulary, JsonNode? node, string field, ReadContext ctx)
        where T : struct, Enum
    {
        var text = ScalarCodecs.ReadText(node);
        if (text is null)
        {
            return null;
        }
        if (vocabulary.TryParse(text, out var value))
        {
            return value;
        }
        ctx.Report(Issue.Error(field, "bad-value", $"{field}的值“{text}”无效", $"invalid {field} '{text}'."));
        return null;
    }

    public static JsonNode Write<T>(Vocabulary<T> vocabulary, T value)
        where T : struct, Enum => JsonValue.Create(vocabulary.Alias(value))!;
}
