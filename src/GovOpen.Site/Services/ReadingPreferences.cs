namespace GovOpen.Site.Services;

/// <summary>
/// The 适老化 reading settings a citizen chooses (工信部《互联网网站适老化通用设计规范》): text size, high contrast, line
/// spacing and a large cursor. Kept in one cookie, rendered on the server as classes of <c>body</c>, so they work
/// without script, persist across pages and visits, and are switched by ordinary links (keyboard-reachable).
/// </summary>
public sealed record ReadingPreferences(string Text = "normal", bool HighContrast = false, bool LooseSpacing = false, bool LargeCursor = false)
{
    public const string Cookie = "govopen-reading";

    /// <summary>The cookie of earlier versions (text size only).</summary>
    public const string LegacyCookie = "govopen-text";

    public static readonly IReadOnlyList<string> TextSizes = ["normal", "large", "xlarge"];

    public bool IsDefault => this == new ReadingPreferences();

    public static ReadingPreferences From(HttpRequest request)
    {
        var p = new ReadingPreferences();
        if (request.Cookies[LegacyCookie] == "large")
        {
            p = p with { Text = "large" };
        }
        var raw = request.Cookies[Cookie];
        if (string.IsNullOrEmpty(raw) || raw.Length > 100)
        {
            return p;
        }
        foreach (var part in raw.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            p = part switch
            {
                "t-large" => p with { Text = "large" },
                "t-xlarge" => p with { Text = "xlarge" },
                "t-normal" => p with { Text = "normal" },
                "contrast" => p with { HighContrast = true },
                "spacing" => p with { LooseSpacing = true },
                "cursor" => p with { LargeCursor = true },
                _ => p,
            };
        }
        return p;
    }

    /// <summary>The cookie value (only known tokens, so nothing a client sends is echoed back).</summary>
    public string ToCookie() => string.Join('.', new[]
    {
        "t-" + Text, HighContrast ? "contrast" : null, LooseSpacing ? "spacing" : null, LargeCursor ? "cursor" : null,
    }.Where(x => x is not null));

    /// <summary>The classes of <c>body</c>.</summary>
    public string BodyClasses() => string.Join(' ', new[]
    {
        Text == "large" ? "large-text" : Text == "xlarge" ? "large-text xlarge-text" : null,
        HighContrast ? "high-contrast" : null,
        LooseSpacing ? "loose-spacing" : null,
        LargeCursor ? "large-cursor" : null,
    }.Where(x => x is not null));

    /// <summary>These preferences with the settings named in a query changed; unknown values are ignored.</summary>
    public ReadingPreferences With(string? text, string? contrast, string? spacing, string? cursor) => this with
    {
        Text = text is not null && TextSizes.Contains(text) ? text : Text,
        HighContrast = contrast switch { "on" => true, "off" => false, _ => HighContrast },
        LooseSpacing = spacing switch { "on" => true, "off" => false, _ => LooseSpacing },
        LargeCursor = cursor switch { "on" => true, "off" => false, _ => LargeCursor },
    };
}
