using System.Globalization;
using System.Text;
using GovOpen.Core.Text;
using GovOpen.Core.Validity;

namespace GovOpen.Core.Documents;

/// <summary>One row of the policy register (文件台账) an agency reviews in its 规范性文件清理.</summary>
public sealed record PolicyRegisterRow(
    string Id,
    string Title,
    string? DocumentNumber,
    string? IndexNumber,
    string Issuers,
    DateOnly? SignedDate,
    DateOnly? PublishedDate,
    string Category,
    DateOnly? EffectiveDate,
    DateOnly? ValidUntil,
    string Validity,
    string Review)
{
    /// <summary>The cells in the order of <see cref="PolicyRegister.Headers"/>.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        Title, DocumentNumber ?? "", IndexNumber ?? "", Issuers, Date(SignedDate), Date(PublishedDate), Category,
        Date(EffectiveDate), Date(ValidUntil), Validity, Review,
    ];

    private static string Date(DateOnly? d) => d is { } v ? IsoDate.Format(v) : "";
}

/// <summary>
/// The policy register for review (规范性文件清理, 国办发〔2018〕37号: a normative document is assessed before its
/// validity period ends): every policy with its metadata, its validity on the day, and what the review should do.
/// </summary>
public static class PolicyRegister
{
    public static readonly IReadOnlyList<string> Headers =
        ["标题", "发文字号", "索引号", "发文机关", "成文日期", "发布日期", "文件类别", "施行日期", "有效期至", "有效性", "清理提示"];

    public static PolicyRegisterRow Row(PolicyDocument p, DateOnly today) => new(
        p.Id, p.Title, p.ParsedNumber?.Normalized ?? p.DocumentNumber, p.IndexNumber, string.Join("、", p.Issuers),
        p.SignedDate, p.PublishedDate, p.Category.Name(), p.Validity.EffectiveDate, p.Validity.ValidUntil,
        p.Validity.ShownOn(today).Name(), Review(p, today));

    /// <summary>What the review should do with a document on a day.</summary>
    public static string Review(PolicyDocument p, DateOnly today)
    {
        var state = p.Validity.ShownOn(today);
        if (state is ValidityState.Abolished or ValidityState.Expired)
        {
            return "已失去效力，无需清理";
        }
        if (!p.IsNormative)
        {
            return "";
        }
        if (p.Validity.ValidUntil is not { } until)
        {
            return "未注明有效期，须补充";
        }
        if (until < today)
        {
            return "有效期已届满，须确认失效或重新发布";
        }
        return NormativeExpiry.IsExpiringSoon(p, today) ? $"{GovOpen.Core.Text.IsoDate.Chinese(until)}到期，须在到期前评估" : "现行有效";
    }

    /// <summary>
    /// The rows as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Chinese). A cell that
    /// begins like a formula (= + - @) is prefixed with an apostrophe, so opening the file never runs it.
    /// </summary>
    public static string ToCsv(IEnumerable<PolicyRegisterRow> rows)
    {
        var sb = new StringBuilder("\uFEFF");
        sb.Append(string.Join(",", Headers.Select(Cell))).Append("\r\n");
        foreach (var row in rows)
        {
            sb.Append(string.Join(",", row.Cells().Select(Cell))).Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>A cell made safe against formula injection (for CSV and spreadsheets alike).</summary>
    public static string SafeCell(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Cell(string value)
    {
        var v = SafeCell(value);
        return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
