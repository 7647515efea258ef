using System.Text.Json;
using GovOpen.Core;
using GovOpen.Umbraco.Api;
using Microsoft.AspNetCore.Mvc;

namespace GovOpen.Umbraco.Tests;

public class ProblemDetailsTests
{
    [Fact]
    public void An_issue_becomes_problem_details_that_keep_the_fields_the_client_reads()
    {
        var body = JsonSerializer.SerializeToElement(GovOpenApiControllerBase.ToProblem(Issue.Error("kind", "invalid", "“x”不是有效的取值", "'x' is not a valid kind."), 400), JsonSerializerOptions.Web);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.Equal("The request was refused.", body.GetProperty("title").GetString());
        Assert.Equal("'x' is not a valid kind.", body.GetProperty("detail").GetString());
        Assert.Equal("kind", body.GetProperty("field").GetString());
        Assert.Equal("invalid", body.GetProperty("code").GetString());
        Assert.Equal("“x”不是有效的取值", body.GetProperty("message").GetString());
        Assert.Equal("'x' is not a valid kind.", body.GetProperty("messageEn").GetString());
    }

    [Fact]
    public void Several_issues_become_validation_problem_details_led_by_the_first_error()
    {
        var problem = GovOpenApiControllerBase.ToProblem([
            Issue.Warn("title", "long", "标题较长", "The title is long."),
            Issue.Error("parent", "not-found", "栏目不存在", "No such column."),
            Issue.Error("parent", "type", "不是政策文件栏目", "Not a policy column."),
        ]);
        Assert.IsType<ValidationProblemDetails>(problem);
        var body = JsonSerializer.SerializeToElement(problem, JsonSerializerOptions.Web);
        Assert.Equal("parent", body.GetProperty("field").GetString());
        Assert.Equal("栏目不存在", body.GetProperty("message").GetString());
        Assert.Equal(["栏目不存在", "不是政策文件栏目"], body.GetProperty("errors").GetProperty("parent").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["标题较长"], body.GetProperty("errors").GetProperty("title").EnumerateArray().Select(e => e.GetString()));
    }
}
