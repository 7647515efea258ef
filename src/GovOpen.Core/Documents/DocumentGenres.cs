using GovOpen.Core.Vocabularies;

namespace GovOpen.Core.Documents;

/// <summary>The vocabulary of 文种 and its rules.</summary>
public static class DocumentGenres
{
    public const string Field = "genre";

    /// <summary>
    /// Flag of the genres whose published documents must carry a 发文字号. 公文 issued through the document
    /// register get a number (GB/T 9704 §7.2.4); 决议, 公报, 公告, 通告, 议案 and 纪要 are often numbered
    /// differently or not at all, so the number is optional for them.
    /// </summary>
    public const string RequiresNumber = "requiresNumber";

    private static readonly IReadOnlySet<string> Numbered = new HashSet<string> { RequiresNumber };

    public static Vocabulary<DocumentGenre> Vocabulary { get; } = new("documentGenre", Field,
    [
        new(DocumentGenre.Resolution, "resolution", "决议", "Resolution"),
        new(DocumentGenre.Decision, "decision", "决定", "Decision") { Flags = Numbered },
        new(DocumentGenre.Order, "order", "命令（令）", "Order") { Flags = Numbered, Synonyms = ["令", "命令"] },
        new(DocumentGenre.Communique, "communique", "公报", "Communiqué"),
        new(DocumentGenre.Announcement, "announcement", "公告", "Announcement"),
        new(DocumentGenre.Notice, "notice", "通告", "Public notice"),
        new(DocumentGenre.Opinion, "opinion", "意见", "Opinion") { Flags = Numbered },
        new(DocumentGenre.Circular, "circular", "通知", "Circular") { Flags = Numbered },
        new(DocumentGenre.Bulletin, "bulletin", "通报", "Bulletin") { Flags = Numbered },
        new(DocumentGenre.Report, "report", "报告", "Report") { Flags = Numbered },
        new(DocumentGenre.Request, "request", "请示", "Request for instructions") { Flags = Numbered },
        new(DocumentGenre.Reply, "reply", "批复", "Reply") { Flags = Numbered },
        new(DocumentGenre.Motion, "motion", "议案", "Motion"),
        new(DocumentGenre.Letter, "letter", "函", "Letter") { Flags = Numbered },
        new(DocumentGenre.Minutes, "minutes", "纪要", "Minutes"),
        new(DocumentGenre.Other, "other", "其他", "Other"),
    ]);

    /// <summary>The Chinese name shown to editors and citizens.</summary>
    public static string Name(this DocumentGenre g) => Vocabulary.Name(g);

    /// <summary>The ASCII value stored in Umbraco and the content package.</summary>
    public static string Alias(this DocumentGenre g) => Vocabulary.Alias(g);

    /// <summary>Whether a published document of this genre must carry a 发文字号 (see <see cref="RequiresNumber"/>).</summary>
    public static bool RequiresDocumentNumber(this DocumentGenre g) => Vocabulary.Has(g, RequiresNumber);

    /// <summary>Accepts the Chinese name (also 令/命令) or the ASCII alias.</summary>
    public static bool TryParse(string? value, out DocumentGenre genre)
    {
        var ok = Vocabulary.TryParse(value, out genre);
        if (!ok)
        {
            genre = DocumentGenre.Other;
        }
        return ok;
    }

    public static IEnumerable<DocumentGenre> All => Vocabulary.All.Select(t => t.Value);

    /// <summary>
    /// Guesses the 文种 from a title: the genre word it ends with (关于…的通知 → 通知; …令 → 命令（令）).
    /// Returns <see cref="DocumentGenre.Other"/> when none matches.
    /// </summary>
    public static DocumentGenre FromTitle(string title)
    {
        var t = title.Trim().TrimEnd('。');
        foreach (var term in Vocabulary.All)
        {
            var word = term.Value == DocumentGenre.Order ? "令" : term.Name;
            if (term.Value != DocumentGenre.Other && t.EndsWith(word, StringComparison.Ordinal))
            {
                return term.Value;
            }
        }
        return DocumentGenre.Other;
    }
}
