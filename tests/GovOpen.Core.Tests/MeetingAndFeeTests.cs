using GovOpen.Core.Fees;
using GovOpen.Core.Meetings;

namespace GovOpen.Core.Tests;

public class MeetingTests
{
    private static Meeting Sample() => new()
    {
        Id = "m1",
        Name = "示例市人民政府第12次常务会议",
        Series = "常务会议",
        Number = 12,
        Date = new DateOnly(2026, 4, 8),
        Host = "市长",
        Attendees = "副市长、秘书长；列席：市民代表2名",
        PublishedDate = new DateOnly(2026, 4, 9),
        Items =
        [
            new AgendaItem("审议《示例市公共数据开放暂行办法（草案）》", "原则通过，由市数据局修改完善后印发", DocumentIds: ["p7"], InterpretationIds: ["i3"]),
            new AgendaItem("研究人事任免事项", "同意", IsPublic: false),
            new AgendaItem("听取一季度经济运行情况汇报", "会议要求各部门抓好落实"),
        ],
    };

    [Fact]
    public void Only_non_secret_items_are_public()
    {
        var m = Sample();
        Assert.Equal(2, m.PublicItems.Count);
        Assert.DoesNotContain(m.PublicItems, i => i.Topic.Contains("人事", StringComparison.Ordinal));
        Assert.Equal(["p7"], m.PublicItems[0].DocumentIdList);
        Assert.Empty(m.Validate());
    }

    [Fact]
    public void Validation_names_fields()
    {
        var m = Sample();
        m = m with { Name = "" };
        m = m with { Date = null };
        m = m with { Number = 0 };
        m = m with { Items = [new AgendaItem(" ")] };
        var fields = m.Validate().Select(i => i.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "name", "meetingDate", "meetingNumber", "agenda" }, fields);
    }

    [Fact]
    public void Publication_cannot_precede_the_meeting()
    {
        var m = Sample();
        m = m with { PublishedDate = new DateOnly(2026, 4, 1) };
        Assert.Contains(m.Validate(), i => i.Code == "before-meeting");
    }
}

public class FeeTests
{
    private static FeeItem Sample() => new()
    {
        Id = "f1",
        Name = "不动产登记费（住宅类）",
        Category = FeeCategory.AdministrativeFee,
        Collector = "示例市不动产登记中心",
        Payer = "申请人",
        Standards =
        [
            new FeeStandard(new DateOnly(2016, 12, 1), new DateOnly(2019, 6, 30), 80m, "元/件", BasisDocumentNumbers: ["发改价规〔2016〕2559号"]),
            new FeeStandard(new DateOnly(2019, 7, 1), null, 80m, "元/件", BasisDocumentNumbers: ["财税〔2019〕45号", "示发改价〔2019〕12号"]),
            new FeeStandard(new DateOnly(2015, 1, 1), new DateOnly(2016, 11, 30), Rule: "按房屋建筑面积每平方米0.5元收取，最高不超过500元", BasisDocumentNumbers: ["示价费〔2014〕8号"]),
        ],
    };

    [Fact]
    public void Standard_on_a_date_and_history()
    {
        var f = Sample();
        Assert.Null(f.StandardOn(new DateOnly(2014, 12, 31)));
        Assert.Contains("0.5元", f.StandardOn(new DateOnly(2016, 1, 1))!.Display);
        Assert.Equal(new DateOnly(2016, 12, 1), f.StandardOn(new DateOnly(2019, 6, 30))!.From);
        Assert.Equal("80元/件", f.StandardOn(new DateOnly(2026, 11, 23))!.Display);
        Assert.Equal([2015, 2016, 2019], f.History.Select(s => s.From.Year));
        Assert.Empty(f.Validate());
    }

    [Fact]
    public void Overlapping_periods_are_rejected()
    {
        var f = Sample();
        f = f with { Standards = [.. f.Standards, new FeeStandard(new DateOnly(2020, 1, 1), null, 60m, "元/件", BasisDocumentNumbers: ["示发改价〔2019〕12号"])] };
        Assert.Contains(f.Validate(), i => i.Code == "overlap");
    }

    [Theory]
    [InlineData(10.0, null, null, "feeUnit")]
    [InlineData(null, null, null, "feeStandard")]
    [InlineData(10.0, "元/件", "按件收取", "feeStandard")]
    [InlineData(-1.0, "元/件", null, "feeAmount")]
    public void Standard_needs_amount_with_unit_or_a_rule(double? amount, string? unit, string? rule, string field)
    {
        var s = new FeeStandard(new DateOnly(2020, 1, 1), null, amount is null ? null : (decimal)amount, unit, rule, ["示价费〔2014〕8号"]);
        Assert.Contains(s.Validate(), i => i.Field == field);
    }

    [Fact]
    public void Basis_numbers_must_be_valid_and_present()
    {
        Assert.Contains(new FeeStandard(new DateOnly(2020, 1, 1), null, 1m, "元/件").Validate(), i => i.Field == "feeBasis" && i.Code == "required");
        var bad = new FeeStandard(new DateOnly(2020, 1, 1), null, 1m, "元/件", BasisDocumentNumbers: ["示价费14号"]).Validate();
        Assert.Contains(bad, i => i.Field == "feeBasis" && i.Message.Contains("示价费14号"));
        Assert.Contains(new FeeStandard(new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1), 1m, "元/件", BasisDocumentNumbers: ["示价费〔2014〕8号"]).Validate(), i => i.Code == "order");
    }

    [Fact]
    public void Categories_round_trip() =>
        Assert.All(Enum.GetValues<FeeCategory>(), c => Assert.True(FeeCategories.TryParse(c.Name(), out var b) && b == c));
}
