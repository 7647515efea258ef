namespace GovOpen.Cli.Tests;

/// <summary>Runs <c>govopen</c> in-process with its output captured.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.RunAsync(args, o, e).GetAwaiter().GetResult();
        return (code, o.ToString(), e.ToString());
    }
}
