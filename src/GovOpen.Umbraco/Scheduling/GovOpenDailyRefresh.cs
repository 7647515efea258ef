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

    /// <summary>How many days back the first run after a start compares with (a server down over several day turns).</summary>
    public const int CatchUpDays = 31;

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
            // After a start, catch up with the days that turned while the server was down (a document that became
            // public or changed its label in that time differs between then and today).
            var before = _lastDay ?? today.AddDays(-CatchUpDays);
            if (before == today)
            {
                return;
            }
            switch (roles.CurrentServerRole)
            {
                case ServerRole.Unknown:
                    return; // not elected yet (just after start, contract row C6): the day waits for the next tick
                case ServerRole.Subscriber:
                    _lastDay = today;
                    return; // the scheduling server asks every server, this one included
            }
            var changed = new DayChanges(source, calendar, settings.InterpretationDeadlineWorkingDays).Between(before, today);
            reindex.Reindex(changed);
            _lastDay = today;
            log.LogInformation("GovOpen: {Count} documents show something different on {Day}; asked every server to re-index them.", changed.Count, today);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            log.LogError(e, "GovOpen: the daily refresh failed; it is retried at the next tick.");
            _lastDay = null;
        }
    }
}
