using GovOpen.Core.Documents;

namespace GovOpen.Core.Validity;

/// <summary>
/// When a 行政规范性文件 is about to expire: its assessment (评估) is due before the end of its validity period
/// (国办发〔2018〕37号), so editors are warned this many days ahead.
/// </summary>
public static class NormativeExpiry
{
    public const int WindowDays = 90;

    /// <summary>A normative document still in force (or revised) whose validity ends within the window from today.</summary>
    public static bool IsExpiringSoon(PolicyDocument p, DateOnly today) =>
        p.IsNormative
        && p.Validity.StateOn(today) is ValidityState.InForce or ValidityState.Revised
        && p.Validity.ValidUntil is { } until && until >= today && until <= today.AddDays(WindowDays);
}
