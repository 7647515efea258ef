using Microsoft.Extensions.Logging;
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
/// public one, whose documents are read from the published values); publishing, unpublishing, trashing and deleting
/// update both, for the whole branch (a column's state decides its documents'). The content cache-refresher
/// notification, which every server of a load-balanced cluster receives, applies the same changes everywhere
/// (updates are idempotent, so hearing of a change twice is harmless).
/// <para>
/// These handlers run after Umbraco has committed the editor's change (the "-ed" notifications), so a failure here
/// must not turn that committed save into an error: it is logged, the index is marked for a rebuild, and
/// <see cref="GovOpenDailyRefresh"/> rebuilds it within minutes.
/// </para>
/// </summary>
public sealed class SearchIndexUpdater(GovOpenSearch search, IContentService contentService, ILogger<SearchIndexUpdater> log)
    : INotificationHandler<ContentPublishedNotification>,
      INotificationHandler<ContentUnpublishedNotification>,
      INotificationHandler<ContentMovedToRecycleBinNotification>,
      INotificationHandler<ContentDeletedNotification>,
      INotificationHandler<ContentSavedNotification>,
      INotificationHandler<ContentCacheRefresherNotification>
{
    public void Handle(ContentPublishedNotification notification) => Safely(() => Branches(notification.PublishedEntities));

    public void Handle(ContentUnpublishedNotification notification) => Safely(() => Branches(notification.UnpublishedEntities));

    public void Handle(ContentMovedToRecycleBinNotification notification) => Safely(() => Branches(notification.MoveInfoCollection.Select(m => m.Entity)));

    public void Handle(ContentSavedNotification notification) => Safely(() =>
    {
        foreach (var c in notification.SavedEntities)
        {
            search.RefreshEditorial(c);
        }
    });

    public void Handle(ContentDeletedNotification notification) => Safely(() =>
    {
        foreach (var c in notification.DeletedEntities)
        {
            search.Remove(c.Key);
        }
    });

    public void Handle(ContentCacheRefresherNotification notification)
    {
        if (notification.MessageType != MessageType.RefreshByPayload || notification.MessageObject is not ContentCacheRefresher.JsonPayload[] payloads)
        {
            return;
        }
        Safely(() =>
        {
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
                if (p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshBranch) || p.ChangeTypes.HasFlag(TreeChangeTypes.RefreshAll))
                {
                    search.RefreshBranch(content);
                }
                else
                {
                    search.Refresh(content);
                }
            }
        });
    }

    private void Branches(IEnumerable<IContent> items)
    {
        foreach (var c in items)
        {
            search.RefreshBranch(c);
        }
    }

    private void Safely(Action update)
    {
        try
        {
            update();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            search.MarkForRebuild();
            log.LogError(e, "GovOpen: updating the search indexes failed; they will be rebuilt shortly.");
        }
    }
}
