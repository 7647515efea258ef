namespace GovOpen.Search;

/// <summary>One search hit. <see cref="TitleHtml"/> and <see cref="Snippet"/> are HTML-escaped with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string ContentType { get; init; }
    public required string Title { get; init; }
    public required string TitleHtml { get; init; }
    public string? DocumentNumber { get; init; }
    public string? IndexNumber { get; init; }
    public IReadOnlyList<string> Issuers { get; init; } = [];
    public string? Topic { get; init; }
    public string? Genre { get; init; }
    public int? Year { get; init; }
    public DateOnly? PublishedDate { get; init; }
    public DateOnly? SignedDate { get; init; }
    public string? Validity { get; init; }
    public string? Disclosure { get; init; }
    public string? Route { get; init; }
    public IReadOnlyList<string> PolicyIds { get; init; } = [];
    public IReadOnlyList<string> PolicyTitles { get; init; } = [];
    public float Score { get; init; }
    public string Snippet { get; init; } = "";

    /// <summary>The query was a 文号 and this item carries exactly that number.</summary>
    public bool IsExactDocumentNumber { get; init; }
}
