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
        var (code, output, _) = Run("docnum", "parse", "京政发〔17〕12号");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("valid").GetBoolean());
        Assert.Contains("四位", doc.RootElement.GetProperty("error").GetString());
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
        Assert.Contains("格式", bad.Out);
        Assert.Equal(1, Run("indexno", "next", "--template", "{org}/{year}", "--org", "1", "--date", "2017-06-08").Code);
    }
}
