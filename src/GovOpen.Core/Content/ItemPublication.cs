using GovOpen.Core.Disclosure;

namespace GovOpen.Core.Content;

/// <summary>What the public gate reads of any item (a page or column as much as a policy): its decision and 发布日期.</summary>
public sealed record ItemPublication(DisclosureDecision Disclosure, DateOnly? PublishedDate) : IPublicationCandidate;
