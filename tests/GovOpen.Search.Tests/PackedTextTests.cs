using CsCheck;
using GovOpen.Search;
using Lucene.Net.Util;

namespace GovOpen.Search.Tests;

public class PackedTextTests
{
    [Fact]
    public void A_body_comes_back_as_it_was_packed()
    {
        // Well-formed text (a lone surrogate becomes U+FFFD in UTF-8, as it did in Lucene's own stored strings).
        Gen.OneOf(Gen.Char["示例市政府通知，。（）\n"].Select(c => c.ToString()), Gen.Char['\u0000', '\uD7FF'].Select(c => c.ToString()), Gen.Const("\U00020000"))
            .Array[0, 3000].Select(string.Concat)
            .Sample(text => Assert.Equal(text, PackedText.Unpack(new BytesRef(PackedText.Pack(text)))), iter: 2_000);
        var large = string.Concat(Enumerable.Repeat("第一条　为规范政府信息公开工作，制定本办法。", 20_000));
        Assert.Equal(large, PackedText.Unpack(new BytesRef(PackedText.Pack(large))));
        Assert.Equal("", PackedText.Unpack(null));
    }

    [Fact]
    public void A_damaged_value_is_an_error_not_wrong_text()
    {
        var packed = PackedText.Pack("示例市人民政府关于印发政府信息公开工作办法的通知");
        packed[0] ^= 0x40; // the length no longer matches what the block holds
        var ex = Assert.Throws<InvalidDataException>(() => PackedText.Unpack(new BytesRef(packed)));
        Assert.Contains(Fields.BodyPacked, ex.Message);
    }
}
