namespace GovOpen.Site.Services;

/// <summary>
/// The content loads while the host starts (Program.cs), so a request may arrive before it is in place. Such a
/// request waits for it (up to <see cref="SiteOptions.StartupWaitSeconds"/>), then is answered from the loaded content;
/// nothing is ever answered from the empty snapshot of a process still starting (an empty site map or feed would be
/// believed). If the wait runs out, or start-up failed, the answer is 503 with Retry-After. /healthz never waits: until
/// the content is in place it answers 503 with status "starting" at once. The register's pages wait for its migration
/// themselves (<see cref="StartupGate.RegisterRefusalAsync"/>).
/// </summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    /// <summary>The text of a 503 answered while the site is starting (here and by the register's pages).</summary>
    internal const string StartingText = "网站正在启动，请稍后再试。The site is starting; please try again shortly.\n";

    public async Task InvokeAsync(HttpContext context)
    {
        var ready = gate.Ready;
        if (!ready.IsCompletedSuccessfully && context.Request.Path.Equals("/healthz", StringComparison.OrdinalIgnoreCase))
        {
            // Probes are answered at once: not ready until the content is.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsJsonAsync(new { status = ready.IsFaulted ? "failed" : "starting" }, context.RequestAborted);
            return;
        }
        if (!await gate.WaitAsync(ready, context.RequestAborted))
        {
            StartupGate.Refuse(context.Response);
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(StartingText, context.RequestAborted);
            return;
        }
        await next(context);
    }
}

/// <summary>
/// What start-up waits for: the first content load (every request), and the request register's migration (only the
/// pages that use the register: 依申请公开 apply and status, a comment, a consultation page's comments).
/// </summary>
public sealed class StartupGate(Microsoft.Extensions.Options.IOptions<SiteOptions> options)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _register = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How long a request waits for what it needs while the site starts.</summary>
    public TimeSpan MaxWait { get; } = TimeSpan.FromSeconds(options.Value.StartupWaitSeconds);

    /// <summary>The content is in place.</summary>
    public Task Ready => _ready.Task;

    /// <summary>The request register is migrated and may be used.</summary>
    public Task RegisterReady => _register.Task;

    /// <summary>Opens the gate when <paramref name="work"/> ends (or fails, answering 503 from then on).</summary>
    public void OpenWhen(Task work) => Complete(_ready, work);

    /// <summary>Lets the register's pages through when <paramref name="migration"/> ends.</summary>
    public void OpenRegisterWhen(Task migration) => Complete(_register, migration);

    /// <summary>
    /// Waits (at most <see cref="MaxWait"/>) for one of the gates; false when it did not open in time, start-up
    /// failed, or the client went away — the caller answers 503 (<see cref="Refuse"/>).
    /// </summary>
    public async Task<bool> WaitAsync(Task gate, CancellationToken ct)
    {
        if (gate.IsCompletedSuccessfully)
        {
            return true;
        }
        try
        {
            await gate.WaitAsync(MaxWait, ct);
            return true;
        }
        catch (Exception) when (!gate.IsCompletedSuccessfully)
        {
            return false; // timed out, failed, cancelled (the exception says which; the answer is the same)
        }
    }

    /// <summary>The headers of a 503 while starting: try again in a few seconds, keep nothing.</summary>
    public static void Refuse(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = "5";
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>
    /// For a page that uses the register: waits for it; null when it may go on, else the 503 answer to return.
    /// </summary>
    public static Task<Microsoft.AspNetCore.Mvc.IActionResult?> RegisterRefusalAsync(HttpContext context, CancellationToken ct) =>
        RefusalAsync(context, gate => gate.RegisterReady, StartupGateMiddleware.StartingText, ct);

    /// <summary>Waits for what a page needs; null when it may go on, else a 503 with <paramref name="text"/>.</summary>
    private static async Task<Microsoft.AspNetCore.Mvc.IActionResult?> RefusalAsync(HttpContext context, Func<StartupGate, Task> needs, string text, CancellationToken ct)
    {
        var gate = context.RequestServices.GetRequiredService<StartupGate>();
        if (await gate.WaitAsync(needs(gate), ct))
        {
            return null;
        }
        Refuse(context.Response);
        return new Microsoft.AspNetCore.Mvc.ContentResult
        {
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ContentType = "text/plain; charset=utf-8",
            Content = text,
        };
    }

    /// <summary>The text of a 503 answered while a snapshot's search index is being built.</summary>
    internal const string SearchPreparingText = "检索服务正在准备，请稍后再试。Search is being prepared; please try again shortly.\n";

    /// <summary>
    /// For a page that needs the snapshot's search index (the search page, a policy list): waits for it (at most
    /// <see cref="MaxWait"/>, without holding a thread); null when it may go on, else the 503 answer to return. The
    /// first index of a large site takes a while to build (about 11 s at 20,000 items), and pages that blocked on it
    /// each held a thread-pool thread for that long.
    /// </summary>
    public static Task<Microsoft.AspNetCore.Mvc.IActionResult?> SearchRefusalAsync(HttpContext context, SiteContent site, CancellationToken ct) =>
        RefusalAsync(context, _ => site.SearchReady, SearchPreparingText, ct);

    private static void Complete(TaskCompletionSource gate, Task work) => work.ContinueWith(t =>
    {
        if (t.IsCompletedSuccessfully)
        {
            gate.TrySetResult();
        }
        else
        {
            gate.TrySetException(t.Exception?.InnerExceptions ?? [new OperationCanceledException("start-up was cancelled")]);
        }
    }, TaskScheduler.Default);
}
