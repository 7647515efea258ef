namespace GovOpen.Import;

/// <summary>
/// An attachment printed in full after the signature: its label line (附件1), its title if it has one, its paragraphs.
/// </summary>
public sealed record AttachmentText(string Label, string? Title, IReadOnlyList<BodyParagraph> Paragraphs, int Line)
{
    /// <summary>Every text it holds, for the text account.</summary>
    public IEnumerable<string> Texts() => new[] { Label, Title ?? "" }.Concat(Paragraphs.Select(p => p.Text));
}
