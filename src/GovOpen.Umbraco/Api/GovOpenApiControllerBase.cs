using System.Globalization;
using GovOpen.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Api;

/// <summary>
/// Base of every GovOpen endpoint (uSync's <c>uSyncControllerBase</c> pattern, on plain ASP.NET Core): the route
/// prefix, <c>[ApiController]</c>, back-office authorization by default (an endpoint opts out with
/// <c>[AllowAnonymous]</c>), and the one mapping from Core <see cref="Issue"/>s to problem details.
/// </summary>
/// <remarks>
/// Error bodies are RFC 9457 problem details that also carry the issue's <c>field</c>, <c>code</c>,
/// <c>message</c> (zh-CN) and <c>messageEn</c> as extensions, the members the back-office client reads.
/// </remarks>
[ApiController]
[Authorize(Policy = BackOfficePolicy)]
public abstract class GovOpenApiControllerBase : ControllerBase
{
    /// <summary>The route every GovOpen endpoint lives under.</summary>
    public const string RoutePrefix = "umbraco/govopen/api/v1";

    /// <summary>Umbraco's policy name (Umbraco.Cms.Web.Common.Authorization.AuthorizationPolicies.BackOfficeAccess).</summary>
    public const string BackOfficePolicy = "BackOfficeAccess";

    /// <summary>A date as the endpoints write it (yyyy-MM-dd).</summary>
    protected static string Iso(DateOnly day) => GovOpen.Core.Text.IsoDate.Format(day);

    /// <summary>A date as the endpoints write it, or null.</summary>
    protected static string? Iso(DateOnly? day) => day is { } d ? Iso(d) : null;

    /// <summary>400 with the issue as problem details.</summary>
    protected BadRequestObjectResult Refused(Issue issue) => BadRequest(ToProblem(issue, StatusCodes.Status400BadRequest));

    /// <summary>400 with the issues as validation problem details (the first error also at the top level).</summary>
    protected BadRequestObjectResult Refused(IReadOnlyList<Issue> issues) => BadRequest(ToProblem(issues));

    /// <summary>404 with the issue (what was not found) as problem details.</summary>
    protected NotFoundObjectResult NotFound(Issue issue) => NotFound(ToProblem(issue, StatusCodes.Status404NotFound));

    /// <summary>403: the endpoint acts as a back-office user and none is signed in.</summary>
    protected ObjectResult SignInRequired() => Forbidden(Issue.Error("user", "required", "请先登录后台", "A back-office user is required."));

    /// <summary>403 with the issue as problem details: signed in, but not allowed to do this.</summary>
    protected ObjectResult Forbidden(Issue issue) => StatusCode(StatusCodes.Status403Forbidden, ToProblem(issue, StatusCodes.Status403Forbidden));

    /// <summary>
    /// One issue as problem details: <c>title</c> by status, <c>detail</c> the English message, and the
    /// extensions <c>field</c>, <c>code</c>, <c>message</c> and <c>messageEn</c>.
    /// </summary>
    public static ProblemDetails ToProblem(Issue issue, int status)
    {
        var problem = new ProblemDetails { Status = status, Title = TitleOf(status), Detail = issue.MessageEn };
        AddIssue(problem, issue);
        return problem;
    }

    /// <summary>
    /// Several issues as validation problem details: <c>errors</c> maps each field to its messages, and the first
    /// error (or the first issue) is also given as <c>field</c>, <c>code</c>, <c>message</c> and <c>messageEn</c>.
    /// </summary>
    public static ValidationProblemDetails ToProblem(IReadOnlyList<Issue> issues)
    {
        ArgumentOutOfRangeException.ThrowIfZero(issues.Count);
        var problem = new ValidationProblemDetails(issues
            .GroupBy(i => i.Field)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = TitleOf(StatusCodes.Status400BadRequest),
        };
        var first = issues.FirstOrDefault(i => i.Severity == Severity.Error) ?? issues[0];
        problem.Detail = first.MessageEn;
        AddIssue(problem, first);
        return problem;
    }

    private static void AddIssue(ProblemDetails problem, Issue issue)
    {
        problem.Extensions["field"] = issue.Field;
        problem.Extensions["code"] = issue.Code;
        problem.Extensions["message"] = issue.Message;
        problem.Extensions["messageEn"] = issue.MessageEn;
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status403Forbidden => "Not allowed.",
        StatusCodes.Status503ServiceUnavailable => "The module is not available on this server.",
        _ => "The request was refused.",
    };
}
