using System.Text.RegularExpressions;
using GovOpen.Core.Text;

namespace GovOpen.Core.Validity;

/// <summary>
/// What a document's text says about its own force: 自2026年5月1日起施行 (or 执行、实施、生效), 自印发之日起施行
/// (from the date of issue: the caller supplies it), 有效期至2031年4月30日, 有效期5年 / 有效期为五年 (counted from the
/// effective date, to the day before the anniversary). Null parts were not stated.
/// </summary>
public sealed partial record EffectiveTerms(DateOnly? EffectiveDate, bool FromIssue, DateOnly? ValidUntil, int? ValidYears)
{
    [GeneratedRegex(@"自(?<date>[^，。；]{6,16}?日)起(施行|执行|实施|生效)")]
    private static partial Regex EffectiveFrom();

    [GeneratedRegex(@"自(印发|发布|公布)之日起(施行|执行|实施|生效)")]
    private static partial Regex EffectiveFromIssue();

    [GeneratedRegex(@"有效期(至|到)(?<date>[^，。；）)]{6,16}?日)")]
    private static partial Regex ValidUntilDate();

    [GeneratedRegex(@"有效期(为|是)?(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})年")]
    private static partial Regex ValidForYears();

    public static EffectiveTerms Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, false, null, null);
        }
        DateOnly? effective = EffectiveFrom().Match(text) is { Success: true } m && ChineseDate.TryParse(m.Groups["date"].Value, out var d) ? d : null;
        var fromIssue = effective is null && EffectiveFromIssue().IsMatch(text);
        DateOnly? until = ValidUntilDate().Match(text) is { Success: true } u && ChineseDate.TryParse(u.Groups["date"].Value, out var ud) ? ud : null;
        int? years = ValidForYears().Match(text) is { Success: true } y ? HanNumber(y.Groups["n"].Value) : null;
        return new(effective, fromIssue, until, years);
    }

    /// <summary>The effective date, taking "from the date of issue" as <paramref name="issued"/>.</summary>
    public DateOnly? EffectiveOn(DateOnly? issued) => EffectiveDate ?? (FromIssue ? issued : null);

    /// <summary>The last day of validity: stated, or the day before the N-th anniversary of the effective date.</summary>
    public DateOnly? ValidUntilFrom(DateOnly? effective) =>
        ValidUntil ?? (ValidYears is { } n && effective is { } e ? e.AddYears(n).AddDays(-1) : null);

    private static int? HanNumber(string s)
    {
        if (int.TryParse(s, out var n))
        {
            return n;
        }
        const string digits = "零一二三四五六七八九";
        return s switch
        {
            "十" => 10,
            _ when s.Length == 1 => digits.IndexOf(s[0]) is var i and > 0 ? i : null,
            _ when s.Length == 2 && s[0] == '十' => 10 + digits.IndexOf(s[1]),
            _ when s.Length == 2 && s[1] == '十' => digits.IndexOf(s[0]) * 10,
            _ => null,
        };
    }
}
