namespace GovOpen.Core;

public static class IssueListExtensions
{
    public static bool HasErrors(this IEnumerable<Issue> issues) => issues.Any(i => i.Severity == Severity.Error);
}
