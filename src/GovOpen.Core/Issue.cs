namespace GovOpen.Core;

/// <summary>
/// One validation finding. <see cref="Field"/> is the ASCII property alias it concerns
/// (e.g. <c>documentNumber</c>); <see cref="Message"/> is Simplified Chinese for editors and
/// citizens, <see cref="MessageEn"/> the English second language.
/// </summary>
public sealed record Issue(string Field, string Code, string Message, string MessageEn, Severity Severity = Severity.Error)
{
    /// <summary>Where in the field's text the finding is (0-based character offset in its plain text), when it has one.</summary>
    public int? Position { get; init; }

    public override string ToString() => $"{Field}: {Message} ({MessageEn})";

    public static Issue Error(string field, string code, string zh, string en) => new(field, code, zh, en, Severity.Error);

    public static Issue Warn(string field, string code, string zh, string en) => new(field, code, zh, en, Severity.Warning);
}
