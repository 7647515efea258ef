using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Interpretations;

/// <summary>A 政策解读 that refers to one or more policies.</summary>
public sealed record Interpretation : IPublicationCandidate
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public InterpretationForm Form { get; init; } = InterpretationForm.Text;

    /// <summary>Ids of the policies it interprets (原文件).</summary>
    public IReadOnlyList<string> PolicyIds { get; init; } = [];

    public DateOnly? PublishedDate { get; init; }

    public DisclosureDecision Disclosure { get; init; } = DisclosureDecision.Proactive;

    /// <summary>解读机关 / 解读人 (谁起草谁解读).</summary>
    public string? Interpreter { get; init; }

    /// <summary>图解 images, each with its alternative text.</summary>
    public IReadOnlyList<GraphicImage> Images { get; init; } = [];

    /// <summary>问答 pairs.</summary>
    public IReadOnlyList<QuestionAnswer> QuestionsAndAnswers { get; init; } = [];

    /// <summary>The video of a 视频解读 (a media path or an http(s) address).</summary>
    public string? VideoUrl { get; init; }

    /// <summary>The video's full transcript (文字稿), required for a 视频解读.</summary>
    public string? VideoTranscript { get; init; }

    /// <summary>附件.</summary>
    public IReadOnlyList<Documents.Attachment> Attachments { get; init; } = [];
}
