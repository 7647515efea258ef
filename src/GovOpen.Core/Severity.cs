namespace GovOpen.Core;

/// <summary>How serious a validation finding is.</summary>
public enum Severity
{
    /// <summary>Blocks saving or publishing.</summary>
    Error,
    /// <summary>Accepted, but the editor should look at it.</summary>
    Warning,
}
