using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.Changes;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Search;

/// <summary>
/// Keeps this server's indexes current. Saving only updates the editorial index (a draft must never reach the
/// public one, whose documents are read from the published values); publishing, unpublishing and deleting update both. Local publish/unpublish/delete notifications update at once; the content
/// cache-refresh notification, which every server of a load-balanced cluster receives, applies the same changes
/// everywhere (updates are idempotent, so hearing of a change twice is harmless).
/// </summary>
public sealed class SearchIndexUpdater(GovOpenSearch search, IContentService contentService)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentDeletedNotification>,
      INotificationHandler<ContentSavedNotification>,
      INotificationHandler<ContentCacheRefresherNotification>
{
    public void Handle(ContentPublishedNotification notification) => Refresh(notification.PublishedEntities);

    public void Handle(ContentUnpublishedNotification notification) => Refresh(notification.UnpublishedEntities);

    public void Handle(ContentSavedNotification notification)
    {
        foreach (var c in notification.SavedEntities)
        {
            search.RefreshEditorial(c);
        }
    }

    public void Handle(ContentDeletedNotification notification)
    {
        foreach (var c in notification.DeletedEntities)
        {
            search.Remove(c.Key);
        }
    }

    public void Handle(ContentCacheRefresherNotification notification)
    {
        if (notification.MessageType != MessageType.RefreshByPayload || notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
        {
            return;
        }
        foreach (var p in payloads)
        {
            if (p.ChangeTypes.HasFlag(TreeChangeTypes.Remove) && p.Key is { } removed)
            {
                search.Remove(removed);
                continue;
            }
            var content = p.Key is { } key ? contentService.GetById(key) : contentService.GetById(p.Id);
            if (content is null)
            {
                if (p.Key is { } gone)
                {
                    search.Remove(gone);
                }
                continue;
            }
            Refresh([content]);
        }
    }

    private void Refresh(IEnumerable<IContent> items)
    {
        foreach (var c in items)
        {
            search.Refresh(c);
        }
    }
}
