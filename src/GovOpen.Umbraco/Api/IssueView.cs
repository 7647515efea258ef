using System.Text.Json.Serialization;
using GovOpen.Core;

namespace GovOpen.Umbraco.Api;

/// <summary>A Core <see cref="Issue"/> inside a successful response (e.g. a search warning): field, code and both messages.</summary>
public sealed record IssueView(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("messageEn")] string MessageEn)
{
    /// <summary>The view of an issue.</summary>
    public static IssueView From(Issue i) => new(i.Field, i.Code, i.Message, i.MessageEn);
}
