using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovOpen.Site.Tests;

/// <summary>The site on its embedded sample content, with "today" fixed so validity and dates are stable.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>The canonical address the tests configure; absolute URLs must use it, whatever the Host header.</summary>
    public const string PublicBaseUrl = "https://www.shili.example.gov.cn";

    /// <summary>Each factory gets its own throwaway request register, so tests never write under the content root.</summary>
    public string RequestDbPath { get; } = Path.Combine(Path.GetTempPath(), $"govopen-requests-{Guid.NewGuid():N}.db");

    public SiteFactory()
    {
        Settings["GovOpen:Site:Requests:ConnectionString"] = $"Data Source={RequestDbPath};Pooling=False";
        Settings["GovOpen:Site:Requests:SubmissionsPer10Minutes"] = "1000";
        Settings["GovOpen:Site:Requests:LookupsPer10Minutes"] = "1000";
        Settings["GovOpen:Site:SearchesPerMinute"] = "0"; // crawlers in the tests search far more than a citizen; SearchLimitTests sets it
        Settings["GovOpen:Site:Requests:CommentMinFillSeconds"] = "0"; // the clock stands still; ConsultationPageTests sets it
        Settings["GovOpen:Site:PublicBaseUrl"] = PublicBaseUrl;
        Settings["GovOpen:Site:ImageCacheDirectory"] = ImageCacheDirectory;
        Settings["GovOpen:Site:IndexDirectory"] = IndexDirectory;
    }

    /// <summary>Each factory keeps its search indexes apart (never under the content root).</summary>
    public string IndexDirectory { get; } = Path.Combine(Path.GetTempPath(), $"govopen-index-test-{Guid.NewGuid():N}");

    /// <summary>Each factory keeps its image variants apart.</summary>
    public string ImageCacheDirectory { get; } = Path.Combine(Path.GetTempPath(), $"govopen-images-{Guid.NewGuid():N}");

    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>The site's clock; tests may move its day.</summary>
    public FixedClock Clock { get; } = new(Today);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(RequestDbPath);
        foreach (var dir in new[] { ImageCacheDirectory, IndexDirectory })
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (IOException)
            {
                // an index still closing; the temp clean-up takes it
            }
        }
    }

    /// <summary>
    /// The host starts while the content loads; requests wait for it, and so do the tests that read the content
    /// provider directly.
    /// </summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!WaitForContent)
        {
            return host;
        }
        try
        {
            var gate = host.Services.GetRequiredService<GovOpen.Site.Services.StartupGate>();
            Task.WhenAll(gate.Ready, gate.RegisterReady).Wait(TimeSpan.FromSeconds(60));
        }
        catch (AggregateException)
        {
            // A test of a failing start looks at the answers; the gate answers 503.
        }
        return host;
    }

    /// <summary>
    /// Serves over real sockets (Kestrel) on a free loopback port. The port goes in as the host's <c>urls</c> setting,
    /// which the site reads before it starts; <c>UseKestrel(0)</c> instead rewrites the server's addresses after the
    /// app has been built, and a minimal-hosting app starts itself on its own thread, so that rewrite races Kestrel's
    /// bind and fails now and then ("Addresses cannot be modified after the server has started", dotnet/aspnetcore#67714).
    /// </summary>
    public void ListenOnFreeLoopbackPort()
    {
        Settings["urls"] = "http://127.0.0.1:0";
        UseKestrel();
    }

    /// <summary>The address Kestrel bound after <see cref="ListenOnFreeLoopbackPort"/> and <c>StartServer</c>.</summary>
    public Uri ServerAddress()
    {
        var bound = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        return bound.Count == 1 && bound[0].Host == "127.0.0.1" && bound[0].Port is not (0 or 5000)
            ? bound[0]
            : throw new InvalidOperationException($"Kestrel should listen on one free loopback port, and listens on: {string.Join(", ", bound)}");
    }

    /// <summary>Whether creating the host waits until the content is loaded (StartupGateTests set it false).</summary>
    protected virtual bool WaitForContent => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (k, v) in Settings)
        {
            builder.UseSetting(k, v);
        }
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }
}

public sealed class FixedClock(DateOnly day) : TimeProvider
{
    /// <summary>The agency clock (China Standard Time) over this time source.</summary>
    public static implicit operator GovOpen.Core.Time.AgencyClock(FixedClock clock) => new(clock);

    public DateOnly Day { get; set; } = day;

    /// <summary>Time since 02:00 on <see cref="Day"/>; tests may move it (the comment form's time open).</summary>
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero) + Offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Facts about the sample content the tests rely on.</summary>
public static class Sample
{
    /// <summary>Items that are 依申请公开 or 不予公开 (or belong to one) and must never be visible.</summary>
    public static readonly (string Id, string Title, string Number)[] Withheld =
    [
        ("zcwj-2025-901", "示例市人民政府办公室关于2025年度机关内部人事调整的通知", "示府办函〔2025〕901号"),
        ("zcwj-2024-902", "示例市某重点企业安全生产整改情况的函", "示府办函〔2024〕902号"),
        ("zcwj-2023-903", "示例市发展和改革委员会关于某项目用地预审意见的复函", "示发改函〔2023〕903号"),
        ("zcwj-2026-904", "示例市市场监督管理局关于个别投诉举报处理情况的复函", "示市监函〔2026〕904号"),
        ("zcjd-2026-901", "关于某内部事项的说明", "内部说明材料"),
    ];

    /// <summary>A copy of the embedded sample package in a temp folder of its own, for tests that change it.</summary>
    public static string CopyOfPackage()
    {
        var dir = Directory.CreateTempSubdirectory("govopen-package").FullName;
        foreach (var file in Directory.EnumerateFiles(GovOpen.Site.Services.PackageContentSource.EmbeddedPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(GovOpen.Site.Services.PackageContentSource.EmbeddedPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return dir;
    }

    /// <summary>Non-public agenda items of meetings.</summary>
    public static readonly string[] SecretAgenda = ["研究干部任免事项", "研究信访积案化解", "研究委机关年度预算"];
}
