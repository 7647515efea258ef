using GovOpen.Core.Content;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Notifications;

/// <summary>Warns when a policy that still has published interpretations is unpublished, trashed or deleted.</summary>
public sealed class DanglingInterpretationWarning(IContentService contentService, IRelationService relationService)
    : INotificationHandler<ContentUnpublishingNotification>, INotificationHandler<ContentMovingToRecycleBinNotification>, INotificationHandler<ContentDeletingNotification>
{
    public void Handle(ContentUnpublishingNotification notification) => Warn(notification.UnpublishedEntities, notification.Messages);

    public void Handle(ContentMovingToRecycleBinNotification notification) => Warn(notification.MoveInfoCollection.Select(m => m.Entity), notification.Messages);

    public void Handle(ContentDeletingNotification notification) => Warn(notification.DeletedEntities, notification.Messages);

    private void Warn(IEnumerable<IContent> entities, EventMessages messages)
    {
        foreach (var policy in entities.Where(c => c.ContentType.Alias == ContentTypes.PolicyDocument))
        {
            var published = InterpretationStatusHandler.InterpretationsOf(relationService, contentService, policy).ToList();
            if (published.Count > 0)
            {
                messages.Add(new EventMessage(PublishingGuard.Category,
                    $"《{policy.Name}》仍有{published.Count}篇已发布的政策解读（{string.Join("、", published.Select(p => $"《{p.Name}》"))}），它们将不再显示原文件链接，请同时处理这些解读",
                    EventMessageType.Warning));
            }
        }
    }
}
