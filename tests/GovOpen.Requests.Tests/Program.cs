using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;

namespace GovOpen.Requests.Tests;

/// <summary>
/// Entry point of the test assembly when it runs as a separate process (the test runner does not use it):
/// <c>dotnet GovOpen.Requests.Tests.dll submit &lt;provider&gt; &lt;connection&gt; &lt;tokenPrefix&gt; &lt;count&gt; &lt;parallel&gt; &lt;startFile&gt;</c>
/// migrates the register, waits until <c>startFile</c> exists (so both processes start together), submits
/// <c>count</c> requests with <c>parallel</c> at a time, each on its own context, and prints one line per
/// request: <c>ok &lt;token&gt; &lt;number&gt;</c> or <c>error &lt;token&gt; &lt;message&gt;</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["submit", var provider, var connection, var tokenPrefix, var count, var parallel, var startFile])
        {
            await Console.Error.WriteLineAsync("usage: submit <provider> <connection> <tokenPrefix> <count> <parallel> <startFile>");
            return 2;
        }
        var options = RequestDbContext.Options(provider, connection);
        var clock = new FixedClock(new DateOnly(2026, 3, 2));
        await using (var db = new RequestDbContext(options))
        {
            await new RequestStore(db, WorkCalendar.Embedded, clock).MigrateAsync();
        }
        Console.WriteLine("ready");
        while (!File.Exists(startFile))
        {
            await Task.Delay(5);
        }
        var lines = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
            new ParallelOptions { MaxDegreeOfParallelism = int.Parse(parallel, System.Globalization.CultureInfo.InvariantCulture) },
            async (i, ct) =>
            {
                var token = $"{tokenPrefix}-{i}";
                try
                {
                    await using var db = new RequestDbContext(options);
                    var r = await new RequestStore(db, WorkCalendar.Embedded, clock).SubmitAsync(StoreTestData.Submission(token), ct);
                    lines.Add($"ok {token} {r.Number}");
                }
                catch (Exception e)
                {
                    lines.Add($"error {token} {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
                }
            });
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
        return 0;
    }
}

/// <summary>Submissions shared by the tests and the helper process.</summary>
internal static class StoreTestData
{
    public static RequestSubmission Submission(string token) => new()
    {
        ClientToken = token,
        ApplicantType = ApplicantType.NaturalPerson,
        Name = "张某",
        IdType = IdDocumentType.ResidentIdCard,
        IdNumber = "11010519491231002X",
        Contact = "13800000000",
        Description = "示例市2025年城市道路维修资金使用情况",
        Purpose = "研究",
        Attachments = [("身份证明.pdf", "application/pdf", "%PDF-1.4 sample"u8.ToArray())],
    };
}
