namespace GovOpen.Core.Calendar;

/// <summary>Settings that local practice decides (docs/domain-model.md, working days).</summary>
public sealed record WorkCalendarOptions
{
    /// <summary>Whether weekend days declared working days (调休上班) count as working days. Common practice: yes.</summary>
    public bool MakeUpWorkdaysCount { get; init; } = true;
}
