using System.Text.Json;
using Umbraco.Cms.Core.Serialization;

namespace GovOpen.Umbraco.Tests;

/// <summary>The only serializer Core needs in tests: System.Text.Json (Core ships none).</summary>
public sealed class StjSerializer : IConfigurationEditorJsonSerializer
{
    public string Serialize(object? input) => JsonSerializer.Serialize(input);

    public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input);

    public bool TryDeserialize<T>(object input, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = input is string s ? JsonSerializer.Deserialize<T>(s) : default;
            return value is not null;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }
}
