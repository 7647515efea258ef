namespace GovOpen.Import;

/// <summary>A field found in a document: its value, how sure the extractor is (0–1), and where it came from.</summary>
public sealed record Extracted<T>(T Value, double Confidence, int Line, string Source);
