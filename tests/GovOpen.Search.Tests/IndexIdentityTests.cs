using GovOpen.Core.Disclosure;

namespace GovOpen.Search.Tests;

/// <summary>
/// An index's identity stands for exactly the documents it holds: the same documents give the same identity, and any
/// change to one indexed value, to their order or number gives another (a site reuses a kept index by identity).
/// </summary>
public class IndexIdentityTests
{
    private static readonly SearchIndexOptions Options = new();

    private static List<SearchDocument> Docs() =>
    [
        new() { Id = "a", ContentType = "policyDocument", Title = "示例市停车管理办法", Body = "停车场", DocumentNumber = "示府发〔2024〕1号", Issuers = ["示例市人民政府"], Validity = "current", PublishedDate = new DateOnly(2024, 1, 2), Route = "/a/" },
        new() { Id = "b", ContentType = "policyInterpretation", Title = "解读", Body = "问答", PolicyIds = ["a"], PolicyTitles = ["示例市停车管理办法"], PublishedDate = new DateOnly(2024, 1, 3) },
    ];

    [Fact]
    public void The_same_documents_give_the_same_identity_a_name_for_a_folder()
    {
        var id = IndexIdentity.Of(Docs(), Options);
        Assert.Equal(id, IndexIdentity.Of(Docs(), Options));
        Assert.True(IndexIdentity.IsIdentity(id));
        Assert.False(IndexIdentity.IsIdentity("../" + id[3..]));
        Assert.False(IndexIdentity.IsIdentity(id.ToUpperInvariant()));
    }

    public static TheoryData<string> Changes => new(
        "title", "body", "validity", "disclosure", "published", "issuer", "policy link", "route", "order", "one fewer", "one more", "kind");

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_what_is_indexed_gives_another_identity(string change)
    {
        var docs = Docs();
        var options = Options;
        switch (change)
        {
            case "title": docs[0] = docs[0] with { Title = "示例市停车管理办法（修订）" }; break;
            case "body": docs[0] = docs[0] with { Body = "停车场。" }; break;
            case "validity": docs[0] = docs[0] with { Validity = "repealed" }; break;
            case "disclosure": docs[0] = docs[0] with { Disclosure = DisclosureAttribute.NotDisclosed }; break;
            case "published": docs[0] = docs[0] with { PublishedDate = new DateOnly(2024, 1, 3) }; break;
            case "issuer": docs[0] = docs[0] with { Issuers = ["示例市人民政府", "示例市财政局"] }; break;
            case "policy link": docs[1] = docs[1] with { PolicyIds = [] }; break;
            case "route": docs[0] = docs[0] with { Route = "/b/" }; break;
            case "order": docs.Reverse(); break;
            case "one fewer": docs.RemoveAt(1); break;
            case "one more": docs.Add(docs[1] with { Id = "c" }); break;
            case "kind": options = Options with { Kind = SearchIndexKind.Editorial }; break;
        }
        Assert.NotEqual(IndexIdentity.Of(Docs(), Options), IndexIdentity.Of(docs, options));
    }

    [Fact]
    public void Text_moved_between_two_fields_gives_another_identity()
    {
        var a = Docs();
        var b = Docs();
        a[0] = a[0] with { Title = "停车", Body = "管理" };
        b[0] = b[0] with { Title = "停车管", Body = "理" };
        Assert.NotEqual(IndexIdentity.Of(a, Options), IndexIdentity.Of(b, Options));
    }
}
