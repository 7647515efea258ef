using GovOpen.Core.Consultations;

namespace GovOpen.Requests;

/// <summary>A comment on a consultation (意见征集) as stored. <see cref="Contact"/> is personal data and never public.</summary>
public sealed class CommentRecord
{
    public Guid Id { get; set; }

    /// <summary>The receipt number (YJ-2026-000001).</summary>
    public string Number { get; set; } = "";

    public string ConsultationId { get; set; } = "";

    public string ClientToken { get; set; } = "";

    public string Text { get; set; } = "";

    public string? Clause { get; set; }

    public string? Name { get; set; }

    public string? Contact { get; set; }

    public bool PublishConsent { get; set; }

    public DateTime ReceivedAt { get; set; }

    public CommentStatus Status { get; set; }

    public string? ModerationReason { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTime? ModeratedAt { get; set; }

    public CommentAdoption Adoption { get; set; }

    public string? Topic { get; set; }

    public string? AdoptionNote { get; set; }

    public ConsultationComment ToComment() =>
        new(Number, ConsultationId, Text, Clause, Name, PublishConsent, new DateTimeOffset(DateTime.SpecifyKind(ReceivedAt, DateTimeKind.Utc)), Status, ModerationReason, Adoption, Topic, AdoptionNote);
}
