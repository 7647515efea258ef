using System.Reflection;
using GovOpen.Umbraco.Api;
using Microsoft.AspNetCore.Authorization;

namespace GovOpen.Umbraco.Tests;

public class BackOfficeEndpointTests
{
    /// <summary>Anonymous when the action says [AllowAnonymous] or its controller has no [Authorize] (ASP.NET Core's rule).</summary>
    private static bool Anonymous(Type controller, MethodInfo action) =>
        action.GetCustomAttribute<AllowAnonymousAttribute>() is not null || controller.GetCustomAttribute<AuthorizeAttribute>() is null;

    /// <summary>The controller's own actions.</summary>
    private static IEnumerable<MethodInfo> Actions(Type controller) =>
        controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

    [Fact]
    public void The_dashboard_and_extraction_need_a_back_office_user_but_public_search_does_not()
    {
        Assert.Equal("BackOfficeAccess", typeof(DashboardApiController).GetCustomAttribute<AuthorizeAttribute>()?.Policy);
        Assert.Equal("BackOfficeAccess", typeof(ImportApiController).GetCustomAttribute<AuthorizeAttribute>()?.Policy);
        Assert.DoesNotContain(Actions(typeof(DashboardApiController)), a => Anonymous(typeof(DashboardApiController), a));
        Assert.DoesNotContain(Actions(typeof(ImportApiController)), a => Anonymous(typeof(ImportApiController), a));
        Assert.True(Anonymous(typeof(SearchApiController), typeof(SearchApiController).GetMethod(nameof(SearchApiController.Search))!));
        Assert.False(Anonymous(typeof(SearchApiController), typeof(SearchApiController).GetMethod(nameof(SearchApiController.SearchForEditors))!)); // the unlimited route is for signed-in editors only
    }
}
