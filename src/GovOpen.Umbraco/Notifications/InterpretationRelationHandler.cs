using GovOpen.Core.Time;
using GovOpen.Core.Content;
using GovOpen.Core.Calendar;
using GovOpen.Core.Interpretations;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>
/// Keeps the policy → interpretation relations in sync with each published interpretation's links (both ways
/// navigable), and refreshes the linked policies' 解读状态 (已解读 / 待解读 / 逾期).
/// </summary>
public sealed class InterpretationRelationHandler(
    IContentService contentService,
    IRelationService relationService,
    WorkCalendar calendar,
    GovOpenSettings settings,
    AgencyClock clock) : INotificationHandler<ContentPublishedNotification>
{
    public void Handle(ContentPublishedNotification notification)
    {
        var type = relationService.GetRelationTypeByAlias(GovRelationTypes.Interpretation);
        foreach (var content in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyInterpretation))
        {
            var interp = UmbracoContentAdapter.ToInterpretation(content, ContentVersion.Published);
            var targets = interp.PolicyIds.Select(id => Guid.TryParse(id, out var k) ? contentService.GetById(k) : null).OfType<IContent>().ToList();
            var unlinked = new List<IContent>();
            if (type is not null)
            {
                var existing = relationService.GetByChildId(content.Id, GovRelationTypes.Interpretation).ToList();
                foreach (var stale in existing.Where(r => targets.All(t => t.Id != r.ParentId)))
                {
                    relationService.Delete(stale);
                    if (contentService.GetById(stale.ParentId) is { } former)
                    {
                        unlinked.Add(former);
                    }
                }
                foreach (var target in targets.Where(t => existing.All(r => r.ParentId != t.Id)))
                {
                    relationService.Relate(target.Id, content.Id, type);
                }
            }
            // Policies no longer linked lose this interpretation: their status is recomputed too.
            foreach (var policy in targets.Concat(unlinked))
            {
                UpdateStatus(policy);
            }
        }
        foreach (var policy in notification.PublishedEntities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument))
        {
            UpdateStatus(policy);
        }
    }

    /// <summary>Writes the policy's interpretation status label (a read-only property editors see).</summary>
    internal void UpdateStatus(IContent policyContent)
    {
        if (!policyContent.HasProperty(PropertyAliases.InterpretationStatus))
        {
            return;
        }
        var policy = UmbracoContentAdapter.ToPolicy(policyContent, policyContent.Published ? ContentVersion.Published : ContentVersion.Edited);
        var interpretations = (relationService.GetByParentId(policyContent.Id, GovRelationTypes.Interpretation) ?? [])
            .Select(r => contentService.GetById(r.ChildId)).OfType<IContent>()
            .Where(c => c.Published)
            .Select(c => UmbracoContentAdapter.ToInterpretation(c, ContentVersion.Published))
            .ToList();
        var rules = new InterpretationRules(calendar, settings.InterpretationDeadlineWorkingDays);
        var status = rules.StatusOf(policy, interpretations, clock.Today);
        if (policyContent.GetValue<string>(PropertyAliases.InterpretationStatus) != status.Label)
        {
            policyContent.SetValue(PropertyAliases.InterpretationStatus, status.Label);
            contentService.Save(policyContent);
        }
    }
}
