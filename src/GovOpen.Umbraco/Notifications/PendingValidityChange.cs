using System.Text.Json.Serialization;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// A validity change another document's 废止/修订 clause proposes for a policy, waiting for an editor to confirm or
/// reject it. Confirming records who and when; nothing changes a document without that confirmation.
/// </summary>
public sealed record PendingValidityChange
{
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>The validity event kind alias (<c>abolished</c>, <c>revised</c>, …).</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }

    [JsonPropertyName("date")] public required string Date { get; init; }

    [JsonPropertyName("byId")] public string? ById { get; init; }

    [JsonPropertyName("byDocumentNumber")] public string? ByDocumentNumber { get; init; }

    [JsonPropertyName("byTitle")] public string? ByTitle { get; init; }

    /// <summary>The sentence of the deciding document that proposes it.</summary>
    [JsonPropertyName("sentence")] public string? Sentence { get; init; }

    /// <summary>Why it cannot simply be applied (e.g. the record would become illegal), if known.</summary>
    [JsonPropertyName("problem")] public string? Problem { get; init; }

    [JsonPropertyName("proposedAt")] public DateTimeOffset ProposedAt { get; init; }

    /// <summary><c>pending</c>, <c>confirmed</c> or <c>rejected</c>.</summary>
    [JsonPropertyName("status")] public string Status { get; init; } = "pending";

    [JsonPropertyName("decidedBy")] public string? DecidedBy { get; init; }

    [JsonPropertyName("decidedAt")] public DateTimeOffset? DecidedAt { get; init; }

    [JsonPropertyName("note")] public string? Note { get; init; }
}
