using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GovOpen.Site.Tests;

/// <summary>
/// The sample site on a real Kestrel socket, and Debian's Chromium driven by Playwright (never a downloaded
/// browser). Missing Chromium is a failure with instructions, not a skip.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SiteFactory _factory = new();

    /// <summary>The site under test (its services: the comment register, the content provider, the clock).</summary>
    public SiteFactory Factory => _factory;

    /// <summary>Settings of the site before it starts (a fixture for other content overrides it).</summary>
    protected virtual void Configure(SiteFactory factory)
    {
    }
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The repository's root (the folder with GovOpen.Umbraco.sln), or null when the tests run elsewhere.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovOpen.Umbraco.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName;
        }
    }

    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(RepositoryRoot ?? Path.GetTempPath(), "artifacts", "screenshots", "site");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run scripts/prereqs.sh (apt-get install -y chromium fonts-wqy-zenhei).");
        }
        Configure(_factory);
        _factory.ListenOnFreeLoopbackPort();
        _factory.StartServer();
        BaseUrl = _factory.ServerAddress().GetLeftPart(UriPartial.Authority);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPage(int width = 1280, string? reading = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN", IsMobile = width < 600, HasTouch = width < 600 });
        if (reading is not null)
        {
            await context.AddCookiesAsync([new Cookie { Name = GovOpen.Site.Services.ReadingPreferences.Cookie, Value = reading, Url = BaseUrl }]);
        }
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
