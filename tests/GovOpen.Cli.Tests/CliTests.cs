using System.Text;
using System.Text.Json;

namespace GovOpen.Cli.Tests;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (code, output, error) = Cli.Run(args);
        return (code, output.Trim(), error.Trim());
    }

    [Fact]
    public void Docnum_parse_prints_the_parts()
    {
        var (code, output, _) = Run("docnum", "parse", "京政办发[2017]012号");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var r = doc.RootElement;
        Assert.True(r.GetProperty("valid").GetBoolean());
        Assert.Equal("京政办发", r.GetProperty("agency").GetString());
        Assert.Equal(2017, r.GetProperty("year").GetInt32());
        Assert.Equal(12, r.GetProperty("sequence").GetInt32());
        Assert.Equal("document", r.GetProperty("kind").GetString());
        Assert.Equal("京政办发〔2017〕12号", r.GetProperty("normalized").GetString());
        Assert.Contains("京政办发〔2017〕12号", output); // Chinese is printed as is, not \u-escaped
    }

    [Fact]
    public void Docnum_parse_reports_invalid_with_exit_1()
    {
        // A check: its verdict is the result (stdout, same shape as a pass), and why it failed goes to stderr.
        var (code, output, err) = Run("docnum", "parse", "京政发〔17〕12号");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("四位", doc.RootElement.GetProperty("error").GetString());
        Assert.StartsWith("错误 error: ", err, StringComparison.Ordinal);
        Assert.Contains("四位", err);
    }

    [Fact]
    public void Docnum_parse_of_a_valid_number_writes_nothing_to_stderr()
    {
        var (code, _, err) = Run("docnum", "parse", "京政办发〔2017〕12号");
        Assert.Equal(0, code);
        Assert.Empty(err);
    }

    private static readonly string[] Commands = ["docnum", "workdays", "calendar", "indexno", "search", "check", "report", "sample", "extract", "import", "requests"];

    public static TheoryData<string, string> CommandsAndHelpFlags()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Commands)
        {
            data.Add(c, "--help");
            data.Add(c, "-h");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsAndHelpFlags))]
    public void Every_command_prints_its_own_usage_for_help(string command, string flag)
    {
        var (code, output, err) = Run(command, flag);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Contains($"govopen {command} ", output + " ");
        // Its own usage, not the whole list.
        Assert.All(Commands.Where(c => c != command), other => Assert.DoesNotContain($"govopen {other} ", output));
    }

    [Theory]
    [InlineData("docnum", "parse", "--help")]
    [InlineData("search", "--package", "x", "-h")]
    [InlineData("sample", "--help")]     // once read as "--help needs a value"
    [InlineData("extract", "--help")]    // once read as a file name
    public void Help_after_a_subcommand_or_options_still_prints_the_usage(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Contains($"govopen {args[0]} ", output);
    }

    [Fact]
    public void Help_names_one_command_or_lists_them_all()
    {
        var (code, output, _) = Run("help", "workdays");
        Assert.Equal(0, code);
        Assert.Contains("govopen workdays add", output);
        Assert.DoesNotContain("govopen docnum", output);
        var all = Run("--help");
        Assert.Equal(0, all.Code);
        Assert.All(Commands, c => Assert.Contains($"govopen {c} ", all.Out));
        Assert.Contains("govopen --version", all.Out);
    }

    [Theory]
    [InlineData("docnum")]
    [InlineData("workdays")]
    [InlineData("calendar")]
    [InlineData("indexno")]
    [InlineData("search")]
    [InlineData("check")]
    [InlineData("report")]
    [InlineData("sample")]
    [InlineData("extract")]
    [InlineData("import")]
    [InlineData("requests")]
    public void A_bare_command_prints_its_usage_to_stderr_and_exits_2(string command)
    {
        var (code, output, err) = Run(command);
        Assert.Equal(CliApp.Usage, code);
        Assert.Empty(output);
        Assert.Contains("usage", err);
        Assert.Contains($"govopen {command} ", err);
        Assert.DoesNotContain("unknown command", err);
    }

    [Fact]
    public void A_wrong_subcommand_is_a_usage_error_with_the_commands_usage()
    {
        var (code, output, err) = Run("docnum", "frobnicate");
        Assert.Equal(CliApp.Usage, code);
        Assert.Empty(output);
        Assert.Contains("docnum frobnicate", err);
        Assert.Contains("govopen docnum parse", err);
    }

    [Fact]
    public void Govopen_alone_prints_the_help_to_stderr_and_exits_2()
    {
        var (code, output, err) = Run();
        Assert.Equal(CliApp.Usage, code);
        Assert.Empty(output);
        Assert.Contains("govopen docnum parse", err);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        var (code, output, err) = Run("--version");
        Assert.Equal(0, code);
        Assert.Empty(err);
        Assert.Equal($"govopen {expected}", output);
        Assert.Matches(@"^govopen \d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Docnum_parse_decree() =>
        Assert.Contains("\"kind\":\"decree\"", Run("docnum", "parse", "国令第837号").Out);

    [Fact]
    public void Docnum_find_reads_utf8_and_gb18030_files()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "根据国办发〔2018〕37号和京政办发[2017]12号，再次依据国办发〔2018〕37号。";
        foreach (var enc in new[] { new UTF8Encoding(true), Encoding.GetEncoding("GB18030") })
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, text, enc);
                var (code, output, _) = Run("docnum", "find", file);
                Assert.Equal(0, code);
                Assert.Equal(["国办发〔2018〕37号", "京政办发〔2017〕12号"], JsonSerializer.Deserialize<string[]>(output)!);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void Docnum_find_missing_file_is_a_clear_error()
    {
        var (code, output, err) = Run("docnum", "find", "/no/such/file.txt");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("/no/such/file.txt", err);
        Assert.DoesNotContain("   at ", err); // no stack trace
    }

    [Fact]
    public void Workdays_add_and_between()
    {
        Assert.Equal((0, "2025-10-30"), (Run("workdays", "add", "2025-09-26", "20").Code, Run("workdays", "add", "2025-09-26", "20").Out));
        Assert.Equal("2026-02-28", Run("workdays", "add", "2026-02-12", "7").Out);
        Assert.Equal("20", Run("workdays", "between", "2025-09-26", "2025-10-30").Out);
        Assert.Equal("2026-03-03", Run("workdays", "add", "2026-02-12", "7", "--no-makeup-days").Out);
    }

    [Fact]
    public void Workdays_beyond_the_published_calendar_is_an_error()
    {
        var (code, output, err) = Run("workdays", "add", "2026-12-28", "10");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("2027", err);
    }

    [Theory]
    [InlineData("workdays", "add", "2026-13-01", "3")]
    [InlineData("workdays", "add", "2026-11-23", "three")]
    [InlineData("workdays", "add", "2026-11-23")]
    [InlineData("docnum", "parse")]
    [InlineData("frobnicate")]
    public void Usage_mistakes_exit_2_with_a_message(params string[] args)
    {
        var (code, _, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains("usage", err);
    }

    [Fact]
    public void Indexno_next_and_check()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["000014349/2017-00110", "000014349/2017-00007"]);
            Assert.Equal("000014349/2017-00111", Run("indexno", "next", "--template", "{org}/{yyyy}-{seq:5}", "--org", "000014349", "--date", "2017-06-08", "--existing", file).Out);
        }
        finally
        {
            File.Delete(file);
        }
        Assert.Equal(0, Run("indexno", "check", "--template", "{org}/{yyyy}-{seq:5}", "--org", "000014349", "000014349/2017-00110").Code);
        var bad = Run("indexno", "check", "--template", "{org}/{yyyy}-{seq:5}", "--org", "000014349", "000014349/2017-110");
        Assert.Equal(1, bad.Code);
        using (var verdict = JsonDocument.Parse(bad.Out))
        {
            Assert.False(verdict.RootElement.GetProperty("valid").GetBoolean());
            Assert.Contains("格式", verdict.RootElement.GetProperty("error").GetString());
        }
        Assert.StartsWith("错误 error: ", bad.Err, StringComparison.Ordinal);
        Assert.Contains("格式", bad.Err);
        Assert.Empty(Run("indexno", "check", "--template", "{org}/{yyyy}-{seq:5}", "--org", "000014349", "000014349/2017-00110").Err);
        Assert.Equal(1, Run("indexno", "next", "--template", "{org}/{year}", "--org", "1", "--date", "2017-06-08").Code);
    }
}
