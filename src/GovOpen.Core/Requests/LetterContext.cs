namespace GovOpen.Core.Requests;

/// <summary>What a 告知书 draft needs besides the outcome. All text is plain (no markup); the editor edits the draft before sending.</summary>
public sealed record LetterContext(
    string RequestNumber,
    string ApplicantName,
    DateOnly ReceivedOn,
    string Description,
    string Agency,
    DateOnly IssuedOn)
{
    /// <summary>For 部分公开 / 不予公开: the specific reason in this case (required by art. 36(3): "说明理由").</summary>
    public string? Reason { get; init; }

    /// <summary>For 无法提供 (本机关不掌握): the agency that holds the information, if known (art. 36(5)).</summary>
    public string? HoldingAgency { get; init; }

    /// <summary>For 予以公开 / 部分公开: how and when the information is provided.</summary>
    public string? Provision { get; init; }

    /// <summary>The 行政复议 body named in the remedy notice.</summary>
    public string ReviewBody { get; init; } = "本级人民政府";

    /// <summary>The court named in the remedy notice.</summary>
    public string Court { get; init; } = "有管辖权的人民法院";
}
