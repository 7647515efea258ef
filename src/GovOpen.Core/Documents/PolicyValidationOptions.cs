using GovOpen.Core.Validity;

namespace GovOpen.Core.Documents;

/// <summary>Options of <see cref="PolicyDocumentValidator"/> that depend on the agency.</summary>
public sealed record PolicyValidationOptions
{
    public IndexNumberScheme? IndexNumberScheme { get; init; }

    public NormativeValidityPolicy Normative { get; init; } = new();

    /// <summary>The agency's attachment formats and size limit (GovOpen's defaults when null).</summary>
    public AttachmentPolicy? Attachments { get; init; }

    /// <summary>Validate for publication (stricter) rather than for saving a draft.</summary>
    public bool ForPublication { get; init; } = true;
}
