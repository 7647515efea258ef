using System.Text.RegularExpressions;
using GovOpen.Core.Requests;

namespace GovOpen.Core.Disclosure;

/// <summary>Kinds of personal information the pre-publication check finds (条例 art. 15; the inspections' 泄露个人隐私 item).</summary>
public enum PersonalInformationKind
{
    /// <summary>18-digit 公民身份号码 with a valid birth date and GB 11643 check character.</summary>
    IdNumber,
    /// <summary>Mainland mobile number.</summary>
    Mobile,
    /// <summary>Bank card number (16–19 digits passing the Luhn check).</summary>
    BankCard,
    /// <summary>A home address with a house number, in an applicant's or a person's context (住址, 家住 …).</summary>
    HomeAddress,
}

/// <summary>One finding: where, what kind, and the text shown masked (never the full value in a message or a log).</summary>
public sealed record PersonalInformationFinding(PersonalInformationKind Kind, int Start, int Length, string Masked);

/// <summary>
/// Finds personal information in text that is about to be published: title, body and attachments' text. Each kind is
/// checked for what makes it real (checksums, birth dates, number prefixes, an address label), so 文号, 索引号, dates and
/// amounts are not mistaken for it. Publishing is blocked while any is found unless an editor records why it is
/// lawfully public (<c>Check</c>).
/// </summary>
public static partial class PersonalInformation
{
    public const string Field = "personalInformation";

    public static IReadOnlyList<PersonalInformationFinding> Find(string? text)
    {
        var found = new List<PersonalInformationFinding>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        foreach (Match m in IdLike().Matches(text))
        {
            if (IdentityNumbers.IsResidentId(m.Value))
            {
                found.Add(new(PersonalInformationKind.IdNumber, m.Index, m.Length, Mask(m.Value, 6, 4)));
            }
        }
        foreach (Match m in MobileLike().Matches(text))
        {
            if (!Overlaps(found, m.Index, m.Length))
            {
                found.Add(new(PersonalInformationKind.Mobile, m.Index, m.Length, Mask(m.Value, 3, 4)));
            }
        }
        foreach (Match m in CardLike().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is >= 16 and <= 19 && digits[0] is '3' or '4' or '5' or '6' or '9' && Luhn(digits) && !Overlaps(found, m.Index, m.Length))
            {
                found.Add(new(PersonalInformationKind.BankCard, m.Index, m.Length, Mask(digits, 4, 4)));
            }
        }
        foreach (Match m in HomeAddressLike().Matches(text))
        {
            found.Add(new(PersonalInformationKind.HomeAddress, m.Index, m.Length, m.Groups["label"].Value + "：" + Mask(m.Groups["address"].Value, 3, 0)));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// Errors (one per kind found, each naming where it was found) unless <paramref name="lawfulReason"/> records why the
    /// information may be published; with a reason, warnings that keep it visible to the reviewer.
    /// </summary>
    public static IReadOnlyList<Issue> Check(IEnumerable<(string Where, string? Text)> parts, string? lawfulReason) =>
        Check(parts.Select(p => (p.Where, p.Where, p.Text)), lawfulReason);

    /// <summary>The same, each part named in Chinese and in English (<paramref name="parts"/>: where, where in English, text).</summary>
    public static IReadOnlyList<Issue> Check(IEnumerable<(string Where, string WhereEn, string? Text)> parts, string? lawfulReason)
    {
        var issues = new List<Issue>();
        foreach (var (where, whereEn, text) in parts)
        {
            foreach (var group in Find(text).GroupBy(f => f.Kind))
            {
                var (zh, en) = Names(group.Key);
                var examples = string.Join("、", group.Take(3).Select(f => f.Masked));
                var message = $"{where}含有{zh}（{examples}{(group.Count() > 3 ? "等" : "")}，共{group.Count()}处），公开前须删除或遮盖；确属依法可以公开的，请注明理由";
                var messageEn = $"{whereEn} contains {group.Count()} {en}; remove or mask it before publishing, or record why it is lawfully public.";
                var issue = string.IsNullOrWhiteSpace(lawfulReason)
                    ? Issue.Error(Field, group.Key.ToString(), message, messageEn)
                    : Issue.Warn(Field, group.Key.ToString(), $"{where}含有{zh}（{examples}），已注明依法公开的理由：{lawfulReason.Trim()}", $"{whereEn} contains {en}; recorded as lawfully public.");
                issues.Add(issue with { Position = group.First().Start });
            }
        }
        return issues;
    }

    private static (string Zh, string En) Names(PersonalInformationKind kind) => kind switch
    {
        PersonalInformationKind.IdNumber => ("公民身份号码", "identity card number(s)"),
        PersonalInformationKind.Mobile => ("手机号码", "mobile number(s)"),
        PersonalInformationKind.BankCard => ("银行卡号", "bank card number(s)"),
        _ => ("个人住址", "home address(es)"),
    };

    private static bool Overlaps(List<PersonalInformationFinding> found, int start, int length) =>
        found.Any(f => start < f.Start + f.Length && f.Start < start + length);

    private static bool Luhn(string digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static string Mask(string value, int keepStart, int keepEnd)
    {
        var v = value.Trim();
        if (v.Length <= keepStart + keepEnd)
        {
            return new string('*', v.Length);
        }
        return v[..keepStart] + new string('*', v.Length - keepStart - keepEnd) + v[(v.Length - keepEnd)..];
    }

    // Not part of a longer run of digits or letters (a 索引号 or an account code is not an ID number).
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdLike();

    [GeneratedRegex(@"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9])")]
    private static partial Regex MobileLike();

    [GeneratedRegex(@"(?<![0-9])\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![0-9])")]
    private static partial Regex CardLike();

    [GeneratedRegex(@"(?<label>住址|家住|家庭住址|现住址|居住地址|户籍地址|住所地|联系地址)[:：\s]*(?<address>[\p{IsCJKUnifiedIdeographs}0-9A-Za-z\-－]{2,40}?(?:路|街|巷|道|弄|里|村|组|小区|大院|公寓)[0-9０-９一二三四五六七八九十百]+[号弄栋幢单元室-][0-9０-９\-－号栋幢单元室]*)")]
    private static partial Regex HomeAddressLike();
}
