namespace GovOpen.Umbraco.ContentModel;

/// <summary>What an install run did.</summary>
public sealed record InstallReport(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Skipped);
