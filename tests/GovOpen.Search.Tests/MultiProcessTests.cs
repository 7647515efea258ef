using System.Diagnostics;
using Xunit.Abstractions;

namespace GovOpen.Search.Tests;

/// <summary>
/// Two processes on one index root (two sites on one machine, or a folder shared between servers): a real second
/// process (this assembly run as <see cref="Program"/>) holds the index while this one opens, writes and rebuilds.
/// Nothing of the other process's generation is deleted and both keep working.
/// </summary>
public sealed class MultiProcessTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("govopen-index-mp").FullName;
    private readonly string _stop = Path.Combine(Path.GetTempPath(), $"govopen-stop-{Guid.NewGuid():N}");

    public void Dispose()
    {
        File.Delete(_stop);
        Directory.Delete(_root, true);
    }

    private SearchIndexOptions Options(List<string>? log = null) =>
        new() { Path = _root, Clock = new FixedClock(Corpus.Today), IndexingThreads = 1, Log = log is null ? null : log.Add };

    [Fact]
    public async Task A_generation_held_by_another_process_is_never_deleted_and_both_keep_working()
    {
        using var helper = StartHolder();
        var (heldPath, finish) = await ReadyAsync(helper);
        Assert.Equal(Path.GetFileName(heldPath), File.ReadAllText(Path.Combine(_root, "current")));

        var log = new List<string>();
        string ownPath;
        using (var idx = GovSearchIndex.Open(Options(log), Corpus.Docs))
        {
            // The other process holds the current generation: this one builds its own beside it.
            Assert.True(idx.OpenReport.Rebuilt);
            Assert.Contains("locked", idx.OpenReport.Reason);
            ownPath = idx.CurrentPath!;
            Assert.NotEqual(heldPath, ownPath);
            Assert.Equal(7, idx.Count);

            // Writes and two rebuilds here: the held generation stays, and `current` still names it.
            idx.Upsert(Corpus.Policy("here1", "示例市本进程写入", "本进程的政务公开内容。"));
            Assert.Equal(1, idx.Search(new SearchQuery { Text = "本进程" }).Total);
            idx.Rebuild(Corpus.Docs());
            idx.Rebuild(Corpus.Docs().Take(3));
            Assert.Equal(3, idx.Count);
            Assert.False(Directory.Exists(ownPath), "this process's retired generation is deleted");
            ownPath = idx.CurrentPath!;
            Assert.True(Directory.Exists(heldPath));
            var heldNow = Directory.GetFiles(heldPath).Select(Path.GetFileName).ToList();
            Assert.Contains("govopen.owner", heldNow);
            Assert.Contains(heldNow, f => f!.StartsWith("segments_", StringComparison.Ordinal));
            Assert.Equal(Path.GetFileName(heldPath), File.ReadAllText(Path.Combine(_root, "current")));
        }
        // Disposed: this process's own generation (not named by `current`) is removed; the held one is not.
        Assert.False(Directory.Exists(ownPath));
        Assert.True(Directory.Exists(heldPath));
        Assert.DoesNotContain(log, l => l.Contains(Path.GetFileName(heldPath), StringComparison.Ordinal) && l.Contains("delete", StringComparison.Ordinal));

        var (writes, count) = await finish();
        output.WriteLine($"the other process wrote and searched {writes} times meanwhile; it ended with {count} documents");
        Assert.True(writes > 0);
        Assert.Equal(7 + writes, count);

        // Once the other process has ended, its generation opens here as it is: nothing was lost.
        using var again = GovSearchIndex.Open(Options(), () => throw new InvalidOperationException("must not rebuild"));
        Assert.False(again.OpenReport.Rebuilt);
        Assert.Equal(heldPath, again.CurrentPath);
        Assert.Equal(7 + writes, again.Count);
    }

    [Fact]
    public async Task Two_processes_starting_on_an_empty_root_each_get_a_generation_and_keep_working()
    {
        using var helper = StartHolder();
        using var idx = GovSearchIndex.Open(Options(), Corpus.Docs);
        var (heldPath, finish) = await ReadyAsync(helper);
        Assert.NotEqual(heldPath, idx.CurrentPath);
        Assert.True(Directory.Exists(heldPath));
        Assert.Equal(7, idx.Count);
        idx.Upsert(Corpus.Policy("here1", "示例市本进程写入", "本进程的政务公开内容。"));
        Assert.Equal(8, idx.Count);
        var (writes, count) = await finish();
        Assert.Equal(7 + writes, count);
    }

    private Process StartHolder()
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(Program).Assembly.Location, "hold", _root, _stop })
        {
            psi.ArgumentList.Add(a);
        }
        return Process.Start(psi)!;
    }

    /// <summary>Waits for the holder's generation path; the returned function stops it and reads its result.</summary>
    private async Task<(string Path, Func<Task<(int Writes, int Count)>> Finish)> ReadyAsync(Process helper)
    {
        var line = await helper.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(line is not null && line.StartsWith("ready ", StringComparison.Ordinal), $"holder said '{line}': {(line is null ? await helper.StandardError.ReadToEndAsync() : "")}");
        return (line!["ready ".Length..], async () =>
        {
            await Task.Delay(200);
            await File.WriteAllTextAsync(_stop, "stop");
            var rest = (await helper.StandardOutput.ReadToEndAsync()).Trim();
            await helper.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(helper.ExitCode == 0, $"holder: {rest} {await helper.StandardError.ReadToEndAsync()}");
            var parts = rest.Split(' ');
            return (int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        });
    }
}
