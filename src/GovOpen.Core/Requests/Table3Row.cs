namespace GovOpen.Core.Requests;

/// <summary>One row of table 3: counts for the six applicant columns and the total.</summary>
public sealed record Table3Row(string Key, string Label, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}
