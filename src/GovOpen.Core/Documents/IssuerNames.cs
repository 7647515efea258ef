namespace GovOpen.Core.Documents;

/// <summary>
/// Whether a 发文机关 value names an organ (an agency that issues documents) rather than a person's post (市长,
/// 主任 — a decree's signatory) or an enterprise. The 发文机关 facet and filters list organs only; a value that is not
/// one stays on the document as entered, so nothing is lost.
/// </summary>
public static class IssuerNames
{
    // How organ names end (机关, their offices and the bodies that issue 公文 in their own name).
    private static readonly string[] OrganEndings =
    [
        "人民政府", "政府", "办公厅", "办公室", "委员会", "常委会", "委", "局", "厅", "部", "署", "院", "办", "会",
        "中心", "站", "所", "处", "科", "队", "馆", "总队", "支队", "党委", "党组", "工委", "纪委", "监委", "法院", "检察院",
        "管委会", "管理委员会", "联合会", "协会", "学会", "总会", "公署", "旗", "镇", "乡", "街道", "街道办事处",
    ];

    // Posts of people, which a decree's signature line or an 答复 may carry where an organ is expected.
    private static readonly string[] PostEndings =
    [
        "长", "主任", "书记", "主席", "委员", "专员", "秘书", "干部", "同志", "负责人", "经理", "董事", "总理", "省长", "市长", "县长", "局长", "厅长", "部长", "院长",
    ];

    // Enterprises and other bodies that do not issue 政府信息公开 documents.
    private static readonly string[] EnterpriseMarks = ["有限公司", "有限责任公司", "股份", "集团", "公司", "厂", "银行", "商行", "合作社"];

    public static bool IsOrgan(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        var n = name.Trim();
        if (n.Length < 2 || n.Length > 40 || EnterpriseMarks.Any(m => n.Contains(m, StringComparison.Ordinal)))
        {
            return false;
        }
        // 市长 and 局长 end with 长, 市发展改革委主任 with 主任: a post, even when the organ's name comes first.
        if (PostEndings.Any(p => n.EndsWith(p, StringComparison.Ordinal)) && !n.EndsWith("委员会", StringComparison.Ordinal))
        {
            return false;
        }
        return OrganEndings.Any(e => n.EndsWith(e, StringComparison.Ordinal));
    }
}
