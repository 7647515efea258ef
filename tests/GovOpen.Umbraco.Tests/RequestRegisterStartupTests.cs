using GovOpen.Requests;
using GovOpen.Umbraco.Api;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Notifications;

namespace GovOpen.Umbraco.Tests;

/// <summary>
/// The request register never stops Umbraco: Umbraco awaits <c>UmbracoApplicationStartingNotification</c> handlers
/// during start (CoreRuntime), so a failure there would abort start-up; ours is caught and pauses the module.
/// </summary>
public sealed class RequestRegisterStartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("govopen-register").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private (RequestRegisterStartup Startup, RequestRegisterStatus Status) Startup(GovOpenOptions.RequestRegisterOptions requests)
    {
        var settings = new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x", Requests = requests }));
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddSingleton(GovOpen.Core.Calendar.WorkCalendar.Embedded);
        services.AddSingleton<GovOpen.Core.Time.AgencyClock>(new FixedClock(new DateOnly(2026, 11, 23)));
        services.AddRequestRegister(_ => (requests.Provider, requests.ConnectionString), _ => Path.Combine(_dir, "requests.db"));
        var status = new RequestRegisterStatus();
        return (new RequestRegisterStartup(services.BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), settings, status, NullLogger<RequestRegisterStartup>.Instance), status);
    }

    [Fact]
    public async Task While_Umbraco_installs_or_upgrades_nothing_touches_the_database()
    {
        var (startup, status) = Startup(new() { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(_dir, "x.db")}" });
        await startup.HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Install, false), default);
        await startup.HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Upgrade, false), default);
        Assert.False(File.Exists(Path.Combine(_dir, "x.db")));
        Assert.False(status.Available);
        await startup.HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false), default);
        Assert.True(File.Exists(Path.Combine(_dir, "x.db")));
        Assert.True(status.Available);
    }

    [Fact]
    public async Task An_unreachable_database_pauses_the_module_and_start_up_goes_on()
    {
        var (startup, status) = Startup(new() { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=x;Password=x;Timeout=2" });
        await startup.HandleAsync(new UmbracoApplicationStartingNotification(RuntimeLevel.Run, false), default); // no exception
        Assert.False(status.Available);
        Assert.Contains("依申请公开登记库无法使用", status.Problem);
    }

    [Fact]
    public async Task A_paused_register_answers_503_with_the_reason()
    {
        var status = new RequestRegisterStatus();
        status.Failed("依申请公开登记库无法使用：测试");
        var controller = new RequestsApiController(null!, GovOpen.Core.Calendar.WorkCalendar.Embedded,
            new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), new FixedClock(new DateOnly(2026, 11, 23)), status,
            FakeUsers.Current(FakeUsers.User(7, "办理人", GovOpen.Umbraco.Security.GovPermissions.RequestClerksGroup)));
        var context = new ActionExecutingContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), [], new Dictionary<string, object?>(), controller);
        var ran = false;
        await controller.OnActionExecutionAsync(context, () => { ran = true; return Task.FromResult<ActionExecutedContext>(null!); });
        Assert.False(ran);
        var result = Assert.IsType<ObjectResult>(context.Result);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal("依申请公开登记库无法使用：测试", Assert.IsType<ProblemDetails>(result.Value).Extensions["message"]);
    }

    [Theory]
    [InlineData("editor", 403)]
    [InlineData("translator", 403)]
    [InlineData(GovOpen.Umbraco.Security.GovPermissions.RequestClerksGroup, 0)]
    [InlineData("admin", 0)]
    public async Task Only_the_clerks_group_and_administrators_reach_the_register(string group, int status)
    {
        var ready = new RequestRegisterStatus();
        ready.Ready();
        var controller = new RequestsApiController(null!, GovOpen.Core.Calendar.WorkCalendar.Embedded,
            new GovOpenSettings(Options.Create(new GovOpenOptions { AgencyName = "x" })), new FixedClock(new DateOnly(2026, 11, 23)), ready,
            FakeUsers.Current(FakeUsers.User(9, "某用户", group)));
        var context = new ActionExecutingContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor()), [], new Dictionary<string, object?>(), controller);
        var ran = false;
        await controller.OnActionExecutionAsync(context, () => { ran = true; return Task.FromResult<ActionExecutedContext>(null!); });
        Assert.Equal(status == 0, ran);
        if (status != 0)
        {
            Assert.Equal(status, Assert.IsType<ObjectResult>(context.Result).StatusCode);
        }
    }
}
