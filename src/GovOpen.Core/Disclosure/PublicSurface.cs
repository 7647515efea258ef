using GovOpen.Core.Content;

namespace GovOpen.Core.Disclosure;

/// <summary>
/// The single gate every public surface goes through. <see cref="MayAppear(IPublicationCandidate, DateOnly)"/>
/// decides one item: only 主动公开 items whose publication date has come pass; 依申请公开 and 不予公开 never do.
/// <see cref="Of"/> derives everything the public sees on a day from loaded content — the site, the search index,
/// the plugin and the CLI all call it, and none of them filters or edits a shared record itself.
/// </summary>
public static class PublicSurface
{
    public static bool MayAppear(IPublicationCandidate item, DateOnly today) =>
        MayAppear(item.Disclosure.Attribute, item.PublishedDate, today);

    /// <summary>Same rule, for callers that hold only the raw values (e.g. an index reading stored fields).</summary>
    public static bool MayAppear(DisclosureAttribute attribute, DateOnly? publishedDate, DateOnly today) =>
        attribute == DisclosureAttribute.Proactive && publishedDate is { } p && p <= today;

    /// <summary>
    /// What the public sees on <paramref name="today"/>: a pure function of the loaded content and the day. The
    /// result is built afresh from <paramref name="content"/> every time, so a later day never inherits an earlier
    /// day's filtering.
    /// </summary>
    public static PublicContent Of(ContentSet content, DateOnly today) => PublicContent.Build(content, today);
}
