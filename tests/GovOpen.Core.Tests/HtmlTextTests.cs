using GovOpen.Core.Text;

namespace GovOpen.Core.Tests;

public class HtmlTextTests
{
    [Fact]
    public void Strips_tags_scripts_and_decodes_entities() =>
        Assert.Equal("第一条 总则\n第二条 适用范围 & 对象", HtmlText.ToPlainText("<p>第一条&nbsp;总则</p><script>alert('x')</script><p>第二条 <b>适用范围</b> &amp; 对象</p><!-- c -->"));

    [Fact]
    public void Empty_is_empty() => Assert.Equal("", HtmlText.ToPlainText(null));
}
