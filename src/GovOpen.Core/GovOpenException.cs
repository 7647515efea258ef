namespace GovOpen.Core;

/// <summary>Raised for a domain rule that cannot be satisfied; carries the finding.</summary>
public class GovOpenException : Exception
{
    public GovOpenException(Issue issue) : base(issue.ToString()) => Issue = issue;

    public Issue Issue { get; }
}
