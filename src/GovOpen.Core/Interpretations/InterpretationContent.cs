namespace GovOpen.Core.Interpretations;

/// <summary>
/// One image of a 图解 (graphic interpretation): the image, its alternative text (required: 条例 and the 适老化 rules
/// both ask that images be readable by screen readers) and an optional long description for a dense graphic.
/// Width and height in pixels when known (for responsive variants).
/// </summary>
/// <see cref="MediaKey"/> is the Umbraco media item it was picked from, when it was (the URL and size are read from it on publish).
public sealed record GraphicImage(string Url, string Alt, string? LongDescription = null, int? Width = null, int? Height = null, string? MediaKey = null);

/// <summary>One 问答 pair of a Q&amp;A interpretation.</summary>
public sealed record QuestionAnswer(string Question, string Answer);
