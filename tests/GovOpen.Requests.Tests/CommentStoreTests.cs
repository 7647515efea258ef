using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Consultations;
using Microsoft.EntityFrameworkCore;

namespace GovOpen.Requests.Tests;

/// <summary>The 意见征集 comment register on a real database (SQLite file, PostgreSQL server).</summary>
public abstract class CommentStoreTests<TDb> : IAsyncLifetime where TDb : IStoreDatabase, new()
{
    private readonly TDb _db = new();
    private readonly FixedClock _clock = new(new DateOnly(2026, 11, 10));

    private static readonly Consultation Open = new("yjzj-2026-01", "示例市停车管理办法（征求意见稿）", ConsultationKind.Rule, new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 2));

    public async Task InitializeAsync()
    {
        await using var ctx = _db.NewContext();
        await new RequestStore(ctx, WorkCalendar.Embedded, _clock).MigrateAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static CommentSubmission Comment(string token, bool consent = true, string text = "建议延长夜间免费停车时段。", string? contact = "13800000000") =>
        new(Open.Id, text, "第五条", "王某", contact, consent, token);

    [Fact]
    public async Task Comments_are_numbered_once_per_token_and_only_moderated_consented_ones_are_public_without_contacts()
    {
        await using var ctx = _db.NewContext();
        var store = new CommentStore(ctx, _clock);
        var first = await store.SubmitAsync(Comment("c-1"), Open);
        Assert.Equal(new CommentReceipt("YJ-2026-000001", false), first);
        Assert.Equal(new CommentReceipt("YJ-2026-000001", true), await store.SubmitAsync(Comment("c-1"), Open)); // a retry
        var second = await store.SubmitAsync(Comment("c-2", consent: false), Open);
        Assert.Equal("YJ-2026-000002", second.Number);
        Assert.Empty(await store.PublicAsync(Open.Id)); // nothing public before moderation

        Assert.Empty(await store.ModerateAsync(Open.Id, first.Number, CommentStatus.Published, null, "审核员"));
        Assert.Contains(await store.ModerateAsync(Open.Id, second.Number, CommentStatus.Published, null, "审核员"), i => i.Code == "no-consent");
        var shown = Assert.Single(await store.PublicAsync(Open.Id));
        Assert.Equal(("YJ-2026-000001", "王某", "第五条"), (shown.Number, shown.Name, shown.Clause));
        Assert.Equal(2, await store.CountAsync(Open.Id));
        var all = await store.AllAsync(Open.Id);
        Assert.Equal("13800000000", all[0].Contact); // kept for the drafting team, never public
        Assert.Equal(CommentStatus.Pending, all[1].Status);
    }

    [Fact]
    public async Task A_late_comment_and_hostile_input_are_refused_naming_the_field_and_nothing_is_stored()
    {
        await using var ctx = _db.NewContext();
        var store = new CommentStore(ctx, _clock);
        var closed = Open with { Opens = new DateOnly(2026, 10, 1), Closes = new DateOnly(2026, 11, 9) };
        var late = await Assert.ThrowsAsync<GovOpenException>(() => store.SubmitAsync(Comment("late") with { ConsultationId = closed.Id }, closed));
        Assert.Equal(("consultation", "closed"), (late.Issue.Field, late.Issue.Code));
        var hidden = await Assert.ThrowsAsync<GovOpenException>(() => store.SubmitAsync(Comment("bidi", text: "建议\u202E删除第三条"), Open));
        Assert.Equal("text", hidden.Issue.Field);
        var contact = await Assert.ThrowsAsync<GovOpenException>(() => store.SubmitAsync(Comment("js", contact: "<script>alert(1)</script>"), Open));
        Assert.Equal("contact", contact.Issue.Field);
        Assert.Equal(0, await ctx.Comments.CountAsync());
    }

    [Fact]
    public async Task Tagging_gives_the_adoption_statement_its_figures_and_hiding_needs_a_reason()
    {
        await using var ctx = _db.NewContext();
        var store = new CommentStore(ctx, _clock);
        var a = await store.SubmitAsync(Comment("t-1"), Open);
        var b = await store.SubmitAsync(Comment("t-2"), Open);
        var c = await store.SubmitAsync(Comment("t-3", text: "与本办法无关的内容，测试测试。"), Open);
        Assert.Contains(await store.ModerateAsync(Open.Id, c.Number, CommentStatus.Abusive, "", "审核员"), i => i.Code == "required");
        Assert.Empty(await store.ModerateAsync(Open.Id, c.Number, CommentStatus.Abusive, "含广告内容", "审核员"));
        await store.TagAsync(Open.Id, a.Number, CommentAdoption.Adopted, "免费时段", "已在第五条中延长至22时");
        Assert.Contains((await store.SummaryAsync(Open.Id)).Check(), i => i.Code == "undecided");
        await store.TagAsync(Open.Id, b.Number, CommentAdoption.NotAdopted, "免费时段", null);
        var summary = await store.SummaryAsync(Open.Id);
        Assert.Equal("征求意见期间共收到有效意见2条，其中采纳1条，部分采纳0条，未采纳1条。", summary.Sentence);
        Assert.Empty(summary.Check());

        // Too long: refused naming the field, and nothing changes (not even the adoption).
        var tooLong = await store.TagAsync(Open.Id, a.Number, CommentAdoption.NotAdopted, new string('时', CommentStore.MaxTopicLength + 1), new string('条', CommentStore.MaxAdoptionNoteLength + 1));
        Assert.Equal(["topic", "note"], tooLong.Select(i => i.Field));
        Assert.All(tooLong, i => Assert.Equal("too-long", i.Code));
        // Empty text leaves the earlier topic and note; at the limit it is accepted.
        Assert.Empty(await store.TagAsync(Open.Id, b.Number, CommentAdoption.PartlyAdopted, " ", null));
        Assert.Empty(await store.TagAsync(Open.Id, c.Number, CommentAdoption.NotAdopted, new string('时', CommentStore.MaxTopicLength), null));
        await using var check = _db.NewContext();
        var stored = await check.Comments.Where(x => x.ConsultationId == Open.Id).ToDictionaryAsync(x => x.Number);
        Assert.Equal((CommentAdoption.Adopted, "免费时段", "已在第五条中延长至22时"), (stored[a.Number].Adoption, stored[a.Number].Topic, stored[a.Number].AdoptionNote));
        Assert.Equal((CommentAdoption.PartlyAdopted, "免费时段"), (stored[b.Number].Adoption, stored[b.Number].Topic));
        Assert.Equal(CommentStore.MaxTopicLength, stored[c.Number].Topic!.Length);
    }
}

public sealed class SqliteCommentStoreTests : CommentStoreTests<SqliteDatabase>;

public sealed class PostgresCommentStoreTests : CommentStoreTests<PostgresDatabase>;
