namespace GovOpen.Import;

/// <summary>A body paragraph with its structural level: 0 text, 1 一、, 2 （一）, 3 1., 4 (1).</summary>
public sealed record BodyParagraph(string Text, int Level, int Line);
