using System.Text;
using System.Text.Json;
using GovOpen.Core.Content;

namespace GovOpen.Core.Tests;

/// <summary>Items read from JSON share one copy of each short name and value; everything reads as before.</summary>
public class ShortStringsTests
{
    private static ContentItem Read(string json) => JsonSerializer.Deserialize<ContentItem>(Encoding.UTF8.GetBytes(json))!;

    private static string Item(string id, string issuer, string body) =>
        "{\"id\":\"" + id + "\",\"contentType\":\"govPolicyDocument\",\"name\":\"示例\",\"properties\":{\"issuers\":[\"" + issuer
        + "\"],\"disclosure\":{\"attribute\":\"proactive\"},\"body\":{\"markup\":\"" + body + "\"}}}";

    [Fact]
    public void Short_names_and_values_of_two_items_are_one_string_long_ones_are_their_own()
    {
        var body = new string('文', ShortStrings.MaxLength + 1);
        var a = Read(Item("a", "示例市人民政府办公室", body));
        var b = Read(Item("b", "示例市人民政府办公室", body));
        var issuerA = a.Properties["issuers"]![0]!.GetValue<string>();
        var issuerB = b.Properties["issuers"]![0]!.GetValue<string>();
        Assert.Equal("示例市人民政府办公室", issuerA);
        Assert.Same(issuerA, issuerB);
        Assert.Same(a.Properties.Single(p => p.Key == "disclosure").Key, b.Properties.Single(p => p.Key == "disclosure").Key);
        Assert.Same(a.Properties["disclosure"]!["attribute"]!.GetValue<string>(), b.Properties["disclosure"]!["attribute"]!.GetValue<string>());
        var bodyA = a.Properties["body"]!["markup"]!.GetValue<string>();
        Assert.Equal(body, bodyA);
        Assert.NotSame(bodyA, b.Properties["body"]!["markup"]!.GetValue<string>());
    }

    [Fact]
    public void Escaped_text_reads_as_before_and_invalid_text_is_still_refused()
    {
        var escaped = Read(Item("c", "\\u793a\\u4f8b\\u5e02\\u8d22\\u653f\\u5c40", "<p>\\\"引号\\\"</p>"));
        Assert.Equal("示例市财政局", escaped.Properties["issuers"]![0]!.GetValue<string>());
        Assert.Equal("<p>\"引号\"</p>", escaped.Properties["body"]!["markup"]!.GetValue<string>());

        var bytes = Encoding.UTF8.GetBytes(Item("d", "XX", "正文")).ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xC3; // a lead byte without its continuation: not UTF-8
        bytes[at + 1] = 0x28;
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<ContentItem>(bytes.ToArray()));
    }
}
