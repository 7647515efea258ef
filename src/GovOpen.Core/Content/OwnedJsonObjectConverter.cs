using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovOpen.Core.Content;

/// <summary>
/// Reads an item's properties into a tree that owns its values. The serializer's own JsonObject keeps every string as
/// a view into the item's UTF-8 text and decodes it again on each read, and materialises each object under a lock on
/// first use; a site reads every body several times at start (links to withheld items, media references, the
/// search index), so that was most of a large site's start-up and kept every item's raw text alive. Strings are
/// decoded once here; numbers stay as JSON numbers so every numeric read behaves as before. A property named twice
/// in one object is refused (the serializer's tree would have thrown later, on first use, wherever that was).
/// Names and short values are shared between items (<see cref="ShortStrings"/>).
/// </summary>
public sealed class OwnedJsonObjectConverter : JsonConverter<JsonObject>
{
    public override JsonObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("properties must be a JSON object");
        }
        return ReadObject(ref reader);
    }

    private static JsonObject ReadObject(ref Utf8JsonReader reader)
    {
        var o = new JsonObject();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ShortStrings.Read(ref reader);
            reader.Read();
            var value = ReadValue(ref reader);
            if (!o.TryAdd(name, value))
            {
                throw new JsonException($"property '{name}' appears twice in one object");
            }
        }
        return o;
    }

    private static JsonArray ReadArray(ref Utf8JsonReader reader)
    {
        var a = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            a.Add(ReadValue(ref reader));
        }
        return a;
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => JsonValue.Create(ShortStrings.Read(ref reader)),
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        JsonTokenType.Null => null,
        JsonTokenType.Number => JsonValue.Create(JsonElement.ParseValue(ref reader)),
        _ => throw new JsonException($"unexpected {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, JsonObject value, JsonSerializerOptions options) => value.WriteTo(writer, options);
}
