namespace GovOpen.Core.Disclosure;

/// <summary>Anything that might be shown on a public surface (page, list, feed, sitemap, search, API).</summary>
public interface IPublicationCandidate
{
    DisclosureDecision Disclosure { get; }

    /// <summary>When it was (or will be) published; null for a draft.</summary>
    DateOnly? PublishedDate { get; }
}
