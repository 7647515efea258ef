namespace GovOpen.Core.Documents;

/// <summary>
/// 文种: the 15 kinds of 公文 of 《党政机关公文处理工作条例》 (中办发〔2012〕14号), plus 其他 for
/// non-公文 items (plans, catalogues) published in the 政策文件 column.
/// </summary>
public enum DocumentGenre
{
    Resolution,   // 决议
    Decision,     // 决定
    Order,        // 命令（令）
    Communique,   // 公报
    Announcement, // 公告
    Notice,       // 通告
    Opinion,      // 意见
    Circular,     // 通知
    Bulletin,     // 通报
    Report,       // 报告
    Request,      // 请示
    Reply,        // 批复
    Motion,       // 议案
    Letter,       // 函
    Minutes,      // 纪要
    Other,        // 其他
}

/// <summary>Names and rules of each 文种.</summary>
public static class DocumentGenres
{
    public const string Field = "genre";

    private static readonly (DocumentGenre Genre, string Name, string Alias, bool RequiresNumber)[] Table =
    [
        (DocumentGenre.Resolution, "决议", "resolution", false),
        (DocumentGenre.Decision, "决定", "decision", true),
        (DocumentGenre.Order, "命令（令）", "order", true),
        (DocumentGenre.Communique, "公报", "communique", false),
        (DocumentGenre.Announcement, "公告", "announcement", false),
        (DocumentGenre.Notice, "通告", "notice", false),
        (DocumentGenre.Opinion, "意见", "opinion", true),
        (DocumentGenre.Circular, "通知", "circular", true),
        (DocumentGenre.Bulletin, "通报", "bulletin", true),
        (DocumentGenre.Report, "报告", "report", true),
        (DocumentGenre.Request, "请示", "request", true),
        (DocumentGenre.Reply, "批复", "reply", true),
        (DocumentGenre.Motion, "议案", "motion", false),
        (DocumentGenre.Letter, "函", "letter", true),
        (DocumentGenre.Minutes, "纪要", "minutes", false),
        (DocumentGenre.Other, "其他", "other", false),
    ];

    /// <summary>The Chinese name shown to editors and citizens.</summary>
    public static string Name(this DocumentGenre g) => Table.First(t => t.Genre == g).Name;

    /// <summary>The ASCII value stored in Umbraco and the content package.</summary>
    public static string Alias(this DocumentGenre g) => Table.First(t => t.Genre == g).Alias;

    /// <summary>
    /// Whether a published document of this genre must carry a 发文字号. 公文 issued through the document
    /// register get a number (GB/T 9704 §7.2.4); 决议, 公报, 公告, 通告, 议案 and 纪要 are often numbered
    /// differently or not at all, so the number is optional for them.
    /// </summary>
    public static bool RequiresDocumentNumber(this DocumentGenre g) => Table.First(t => t.Genre == g).RequiresNumber;

    /// <summary>Accepts the Chinese name (also 令/命令) or the ASCII alias.</summary>
    public static bool TryParse(string? value, out DocumentGenre genre)
    {
        genre = DocumentGenre.Other;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var v = value.Trim();
        if (v is "令" or "命令")
        {
            genre = DocumentGenre.Order;
            return true;
        }
        foreach (var t in Table)
        {
            if (t.Name == v || string.Equals(t.Alias, v, StringComparison.OrdinalIgnoreCase))
            {
                genre = t.Genre;
                return true;
            }
        }
        return false;
    }

    public static IEnumerable<DocumentGenre> All => Table.Select(t => t.Genre);

    /// <summary>
    /// Guesses the 文种 from a title: the last genre word it ends with (关于…的通知 → 通知).
    /// Returns <see cref="DocumentGenre.Other"/> when none matches.
    /// </summary>
    public static DocumentGenre FromTitle(string title)
    {
        var t = title.Trim().TrimEnd('。');
        foreach (var (genre, name) in new[]
        {
            (DocumentGenre.Minutes, "纪要"), (DocumentGenre.Resolution, "决议"), (DocumentGenre.Decision, "决定"),
            (DocumentGenre.Communique, "公报"), (DocumentGenre.Announcement, "公告"), (DocumentGenre.Notice, "通告"),
            (DocumentGenre.Opinion, "意见"), (DocumentGenre.Circular, "通知"), (DocumentGenre.Bulletin, "通报"),
            (DocumentGenre.Report, "报告"), (DocumentGenre.Request, "请示"), (DocumentGenre.Reply, "批复"),
            (DocumentGenre.Motion, "议案"), (DocumentGenre.Letter, "函"), (DocumentGenre.Order, "令"),
        })
        {
            if (t.EndsWith(name, StringComparison.Ordinal))
            {
                return genre;
            }
        }
        return DocumentGenre.Other;
    }
}
