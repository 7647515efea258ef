namespace GovOpen.Import;

/// <summary>Limits that keep a batch import safe.</summary>
public sealed record ImportLimits
{
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Total uncompressed size of a .docx.</summary>
    public long MaxUncompressedBytes { get; init; } = 200 * 1024 * 1024;

    /// <summary>Highest compression ratio of any entry of a .docx (zip bombs compress at 1000:1 and more).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    public int MaxParagraphs { get; init; } = 20_000;
}
