using GovOpen.Site.Services;

namespace GovOpen.Site.Tests;

/// <summary>What a snapshot remembers (pages, search results, sanitized rich text) stays within its budget.</summary>
public class BoundedMemoTests
{
    private static BoundedMemo<string> Memo(long budget) => new(budget, static (key, value) => key.Length + value.Length);

    [Fact]
    public void Values_are_kept_until_the_budget_is_used_up_then_it_starts_over()
    {
        var memo = Memo(1000);
        for (var i = 0; i < 10; i++)
        {
            memo.Add($"k{i}", new string('x', 48)); // 50 each
        }
        Assert.Equal(10, memo.Count);
        Assert.Equal(500, memo.Used);
        Assert.True(memo.TryGet("k3", out var v) && v.Length == 48);
        for (var i = 10; i < 30; i++)
        {
            memo.Add($"k{i}", new string('x', 47)); // 50 each (k10..k29)
            Assert.True(memo.Used <= 1000, $"{memo.Used} after {i}");
        }
        Assert.False(memo.TryGet("k3", out _)); // started over when the budget ran out
        Assert.True(memo.TryGet("k29", out _));
    }

    [Fact]
    public void A_value_larger_than_a_sixteenth_of_the_budget_is_never_kept_and_one_key_is_kept_once()
    {
        var memo = Memo(1600);
        memo.Add("big", new string('x', 200));
        Assert.False(memo.TryGet("big", out _));
        Assert.Equal(0, memo.Used);
        memo.Add("a", "one");
        memo.Add("a", "two");
        Assert.True(memo.TryGet("a", out var kept) && kept == "one");
        Assert.Equal(4, memo.Used);
        var made = 0;
        Assert.Equal("one", memo.GetOrAdd("a", _ => { made++; return "three"; }, 0));
        Assert.Equal(0, made);
    }

    [Fact]
    public void Many_threads_adding_at_once_stay_near_the_budget()
    {
        var memo = Memo(100_000);
        Parallel.For(0, 200_000, i => memo.Add($"key-{i}", new string('y', i % 200)));
        Assert.True(memo.Used <= 100_000 + 8 * 256, $"{memo.Used}");
        Assert.True(memo.Count < 5_000, $"{memo.Count}");
    }

    [Fact]
    public async Task A_snapshot_keeps_sanitized_rich_text_within_its_budget()
    {
        using var provider = new ContentProvider(new PackageContentSource(PackageContentSource.EmbeddedPath),
            Microsoft.Extensions.Options.Options.Create(new SiteOptions()), new GovOpen.Core.Time.AgencyClock(new FixedClock(SiteFactory.Today)),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentProvider>.Instance);
        await provider.InitializeAsync(CancellationToken.None);
        var s = provider.Current;
        foreach (var id in s.Items.Keys)
        {
            _ = s.HtmlOf(id);
        }
        Assert.InRange(s.RichTextKept, 1, SiteContent.RichTextBudget);
        Assert.Equal(s.HtmlOf(s.Policies.Keys.First()), s.HtmlOf(s.Policies.Keys.First()));
    }
}
