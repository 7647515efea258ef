using GovOpen.Core.Calendar;
using GovOpen.Core.Content;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Time;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// Writes a policy's 解读状态 (已解读 / 待解读 / 逾期) into the values being published, while it is published
/// (<see cref="ContentPublishingNotification"/>), so nothing is saved after the publish and the published version
/// carries the label. The live status — which changes as deadlines pass and interpretations appear — is computed
/// when it is read (dashboard, interpretation-link editor) and re-indexed daily (<c>GovOpenDailyRefresh</c>).
/// Interpretation → policy links are tracked by Umbraco itself (<see cref="PropertyEditors.InterpretationLinkReferenceFactory"/>).
/// </summary>
public sealed class InterpretationStatusHandler(
    IContentService contentService,
    IRelationService relationService,
    WorkCalendar calendar,
    GovOpenSettings settings,
    AgencyClock clock) : INotificationHandler<ContentPublishingNotification>
{
    public void Handle(ContentPublishingNotification notification)
    {
        foreach (var policy in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument && c.HasProperty(PropertyAliases.InterpretationStatus)))
        {
            policy.SetValue(PropertyAliases.InterpretationStatus, StatusOf(policy).Label);
        }
    }

    /// <summary>The status of a policy from its edited (about to be published) values and its published interpretations.</summary>
    internal InterpretationStatus StatusOf(IContent policyContent)
    {
        var policy = UmbracoContentAdapter.ToPolicy(policyContent, ContentVersion.Edited);
        var interpretations = InterpretationsOf(relationService, contentService, policyContent)
            .Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published))
            .ToList();
        // The policy is being published: it counts as published (its own date decides the clock).
        return new InterpretationRules(calendar, settings.InterpretationDeadlineWorkingDays).StatusOf(policy, interpretations, clock.Today);
    }

    /// <summary>
    /// The published interpretations whose published 解读关联 references a policy. Umbraco's document-reference
    /// relations find the candidates, but they are built from edited values too (contract row 7), so a link that is
    /// only in an interpretation's unpublished draft is not counted.
    /// </summary>
    internal static IEnumerable<IContent> InterpretationsOf(IRelationService relations, IContentService contents, IContent policy)
    {
        return (relations.GetByChildId(policy.Id, Constants.Conventions.RelationTypes.RelatedDocumentAlias) ?? [])
            .Select(r => contents.GetById(r.ParentId)).OfType<IContent>()
            .Where(c => c.IsLive() && c.ContentType.Alias == ContentTypes.PolicyInterpretation
                && UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published).PolicyIds.Any(i => UmbracoContentAdapter.KeyOf(i) == policy.Key));
    }
}
