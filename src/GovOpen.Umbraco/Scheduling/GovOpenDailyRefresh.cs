using GovOpen.Core.Calendar;
using GovOpen.Core.Time;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Scheduling;

/// <summary>
/// Keeps day-dependent values current. At each turn of the agency's day, the scheduling server (the one whose role
/// is SchedulingPublisher, or the only one) finds the documents that show something different today
/// (<see cref="DayChanges"/>) and asks every server to re-index them; any server whose GovOpen index update failed
/// rebuilds it on the next tick.
/// </summary>
public sealed class GovOpenDailyRefresh(
    GovOpenSearch search,
    IGovContentSource source,
    WorkCalendar calendar,
    GovOpenSettings settings,
    AgencyClock clock,
    IServerRoleAccessor roles,
    IReindexRequester reindex,
    ILogger<GovOpenDailyRefresh> log) : BackgroundService
{
    private DateOnly? _lastDay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock.Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Tick();
        }
    }

    /// <summary>One check: rebuild a failed index, and at a new day re-index what changed since the last day seen.</summary>
    public void Tick()
    {
        try
        {
            if (search.NeedsRebuild)
            {
                var (pub, ed) = search.Rebuild();
                log.LogInformation("GovOpen: rebuilt the search indexes after a failed update ({Public} public, {Editorial} editorial).", pub, ed);
            }
            var today = clock.Today;
            var before = _lastDay ?? today.AddDays(-1); // after a restart, catch up with the day that turned while down
            if (before == today)
            {
                return;
            }
            _lastDay = today;
            if (roles.CurrentServerRole is not (ServerRole.SchedulingPublisher or ServerRole.Single))
            {
                return; // the scheduling server asks every server, this one included
            }
            var changed = new DayChanges(source, calendar, settings.InterpretationDeadlineWorkingDays).Between(before, today);
            reindex.Reindex(changed);
            log.LogInformation("GovOpen: {Count} documents show something different on {Day}; asked every server to re-index them.", changed.Count, today);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogError(e, "GovOpen: the daily refresh failed; it is retried at the next tick.");
            _lastDay = null;
        }
    }
}
