using GovOpen.Core.Text;

namespace GovOpen.Core.Tests;

public class HtmlTextTests
{
    [Fact]
    public void Strips_tags_scripts_and_decodes_entities() =>
        Assert.Equal("第一条 总则\n第二条 适用范围 & 对象", HtmlText.ToPlainText("<p>第一条&nbsp;总则</p><script>alert('x')</script><p>第二条 <b>适用范围</b> &amp; 对象</p><!-- c -->"));

    [Fact]
    public void Empty_is_empty() => Assert.Equal("", HtmlText.ToPlainText(null));

    [Fact]
    public void Plain_text_is_the_lines_a_browser_shows()
    {
        // Table cells are lines of their own (not glued into 序号任务), a line break of the source between two Chinese
        // characters is not a break, <br> is, and what a browser hides is not text.
        Assert.Equal("序号\n任务\n1\n规范性文件集中公开\n各区人民政府，市政府各部门：\n现通知如下。\n第二行",
            HtmlText.ToPlainText("<table><tr><th>序号</th><th>任务</th></tr><tr><td>1</td><td>规范性文件集中公开</td></tr></table><p>各区人民政府，\n市政府各部门：</p><p>现通知如下。<br>第二行</p><noscript>请启用脚本</noscript>"));
        Assert.Equal([new HtmlText.HtmlLine("1", true), new HtmlText.HtmlLine("说明", false)], HtmlText.Lines("<table><tr><td>1</td></tr></table><p>说明</p>"));
        // Text without any tag keeps its lines.
        Assert.Equal("第一行\n第二行 & 第三段", HtmlText.ToPlainText("第一行\n\n第二行  &amp; 第三段"));
    }
}
