namespace GovOpen.Import;

/// <summary>The text of a document as paragraphs, with where it came from.</summary>
public sealed record SourceText(string FileName, IReadOnlyList<SourceParagraph> Paragraphs, string Format, string? Encoding = null);
