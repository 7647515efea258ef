using GovOpen.Core.Validity;

namespace GovOpen.Core.Documents;

/// <summary>Options of <see cref="PolicyDocumentValidator"/> that depend on the agency.</summary>
public sealed record PolicyValidationOptions
{
    public IndexNumberScheme? IndexNumberScheme { get; init; }

    public NormativeValidityPolicy Normative { get; init; } = new();

    /// <summary>Validate for publication (stricter) rather than for saving a draft.</summary>
    public bool ForPublication { get; init; } = true;
}
