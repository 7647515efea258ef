namespace GovOpen.Site.Services;

/// <summary>
/// The content loads while the host starts (Program.cs), so a request may arrive before it is in place. Such a
/// request waits for it (up to <see cref="MaxWait"/>), then is answered from the loaded content; nothing is ever
/// answered from the empty snapshot of a process still starting (an empty site map or feed would be believed). If
/// the wait runs out, or start-up failed, the answer is 503 with Retry-After. /healthz never waits: until start-up
/// is done (content loaded and the request register migrated) it answers 503 with status "starting" at once.
/// </summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        var ready = gate.Ready;
        if (!ready.IsCompletedSuccessfully && context.Request.Path.Equals("/healthz", StringComparison.OrdinalIgnoreCase))
        {
            // Probes are answered at once: not ready until the content and the register are (a process stopped now
            // would be stopped in the middle of its start).
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsJsonAsync(new { status = ready.IsFaulted ? "failed" : "starting" }, context.RequestAborted);
            return;
        }
        if (!ready.IsCompletedSuccessfully)
        {
            try
            {
                await ready.WaitAsync(MaxWait, context.RequestAborted);
            }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException || ready.IsFaulted)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "5";
                context.Response.Headers.CacheControl = "no-store";
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("网站正在启动，请稍后再试。The site is starting; please try again shortly.\n", context.RequestAborted);
                return;
            }
        }
        await next(context);
    }
}

/// <summary>What the start-up gate waits for: the first content load and the request register's migration.</summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    /// <summary>Opens the gate when <paramref name="work"/> ends (or fails, answering 503 from then on).</summary>
    public void OpenWhen(Task work) => work.ContinueWith(t =>
    {
        if (t.IsCompletedSuccessfully)
        {
            _ready.TrySetResult();
        }
        else
        {
            _ready.TrySetException(t.Exception?.InnerExceptions ?? [new OperationCanceledException("start-up was cancelled")]);
        }
    }, TaskScheduler.Default);
}
