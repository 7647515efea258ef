namespace GovOpen.Core;

/// <summary>How serious a validation finding is.</summary>
public enum Severity
{
    /// <summary>Blocks saving or publishing.</summary>
    Error,
    /// <summary>Accepted, but the editor should look at it.</summary>
    Warning,
}

/// <summary>
/// One validation finding. <see cref="Field"/> is the ASCII property alias it concerns
/// (e.g. <c>documentNumber</c>); <see cref="Message"/> is Simplified Chinese for editors and
/// citizens, <see cref="MessageEn"/> the English second language.
/// </summary>
public sealed record Issue(string Field, string Code, string Message, string MessageEn, Severity Severity = Severity.Error)
{
    public override string ToString() => $"{Field}: {Message} ({MessageEn})";

    public static Issue Error(string field, string code, string zh, string en) => new(field, code, zh, en, Severity.Error);

    public static Issue Warn(string field, string code, string zh, string en) => new(field, code, zh, en, Severity.Warning);
}

/// <summary>Raised for a domain rule that cannot be satisfied; carries the finding.</summary>
public class GovOpenException : Exception
{
    public GovOpenException(Issue issue) : base(issue.ToString()) => Issue = issue;

    public Issue Issue { get; }
}

public static class IssueListExtensions
{
    public static bool HasErrors(this IEnumerable<Issue> issues) => issues.Any(i => i.Severity == Severity.Error);
}
