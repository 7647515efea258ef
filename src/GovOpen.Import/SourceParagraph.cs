namespace GovOpen.Import;

/// <summary>One paragraph of a source document, in reading order.</summary>
public sealed record SourceParagraph(string Text, bool InTable = false);
