using GovOpen.Core.Validity;

namespace GovOpen.Core.Tests;

public class ValidityTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly DocumentRef NewDoc = new("2", "示府规〔2024〕3号", "示例市某某管理办法");

    [Fact]
    public void Derives_state_on_any_day()
    {
        var v = ValidityRecord.Starting(D(2024, 1, 1), D(2028, 12, 31));
        Assert.Equal(ValidityState.NotYetEffective, v.StateOn(D(2023, 12, 31)));
        Assert.Equal(ValidityState.InForce, v.StateOn(D(2024, 1, 1)));
        Assert.Equal(ValidityState.InForce, v.StateOn(D(2028, 12, 31)));
        // Nobody touches it: it is 已失效 the day after the period ends.
        Assert.Equal(ValidityState.Expired, v.StateOn(D(2029, 1, 1)));
        Assert.Equal("已失效", v.StateOn(D(2029, 1, 1)).Name());
    }

    [Fact]
    public void Revision_then_abolition()
    {
        var v = ValidityRecord.Starting(D(2020, 3, 1));
        v = v.With(new ValidityEvent(ValidityEventKind.Revised, D(2022, 5, 1), NewDoc));
        v = v.With(new ValidityEvent(ValidityEventKind.Abolished, D(2024, 7, 1), NewDoc));
        Assert.Equal(ValidityState.InForce, v.StateOn(D(2022, 4, 30)));
        Assert.Equal(ValidityState.Revised, v.StateOn(D(2023, 1, 1)));
        Assert.Equal(ValidityState.Abolished, v.StateOn(D(2024, 7, 1)));
        Assert.Equal(NewDoc, v.LastChangeOn(D(2025, 1, 1))!.By);
        Assert.Equal(["施行", "修订", "废止"], v.Timeline().Select(t => t.Label));
    }

    [Fact]
    public void Extension_decided_in_force_moves_the_expiry()
    {
        var v = ValidityRecord.Starting(D(2020, 1, 1), D(2024, 12, 31));
        v = v.With(new ValidityEvent(ValidityEventKind.Extended, D(2024, 10, 1), NewDoc, ValidUntil: D(2026, 12, 31)));
        Assert.Equal(ValidityState.InForce, v.StateOn(D(2025, 6, 1)));
        Assert.Equal(D(2024, 12, 31), v.ValidUntilOn(D(2024, 9, 30)));
        Assert.Equal(D(2026, 12, 31), v.ValidUntil);
        Assert.Equal(ValidityState.Expired, v.StateOn(D(2027, 1, 1)));
        Assert.Equal("有效期届满", v.Timeline()[^1].Label);
    }

    [Fact]
    public void Abolition_before_coming_into_force()
    {
        var v = ValidityRecord.Starting(D(2025, 1, 1));
        var r = ValidityRecord.None;
        r = r.With(new ValidityEvent(ValidityEventKind.Abolished, D(2024, 12, 1), NewDoc));
        Assert.Equal(ValidityState.Abolished, r.StateOn(D(2025, 1, 2)));
        Assert.Equal(ValidityState.NotYetEffective, v.StateOn(D(2024, 12, 31)));
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Rejects_illegal_transitions(ValidityEvent[] history, ValidityEvent next, string code)
    {
        var v = ValidityRecord.FromHistory(history);
        var e = Assert.Throws<GovOpenException>(() => v.With(next));
        Assert.Equal(code, e.Issue.Code);
        Assert.Equal(history.Length, v.History.Count); // nothing was recorded
    }

    public static TheoryData<ValidityEvent[], ValidityEvent, string> IllegalTransitions() => new()
    {
        // un-abolishing without a new decision: an abolished document cannot be revised, extended or re-enacted
        { [Eff(2020), Abol(2022)], new(ValidityEventKind.Revised, D(2023, 1, 1), NewDoc), "terminal" },
        { [Eff(2020), Abol(2022)], new(ValidityEventKind.Extended, D(2023, 1, 1), NewDoc, D(2030, 1, 1)), "terminal" },
        { [Eff(2020), Abol(2022)], new(ValidityEventKind.Abolished, D(2023, 1, 1), NewDoc), "terminal" },
        { [Eff(2020)], new(ValidityEventKind.Effective, D(2021, 1, 1)), "already-effective" },
        { [Eff(2020)], new(ValidityEventKind.Revised, D(2019, 1, 1), NewDoc), "out-of-order" },
        { [Eff(2020)], new(ValidityEventKind.Abolished, D(2021, 1, 1)), "by-required" },
        { [Eff(2020)], new(ValidityEventKind.Revised, D(2021, 1, 1), new DocumentRef()), "by-required" },
        { [], new(ValidityEventKind.Revised, D(2021, 1, 1), NewDoc), "not-effective" },
        { [new(ValidityEventKind.Effective, D(2020, 1, 1), ValidUntil: D(2021, 12, 31))], new(ValidityEventKind.Extended, D(2022, 6, 1), NewDoc, D(2025, 1, 1)), "expired" },
        { [new(ValidityEventKind.Effective, D(2020, 1, 1), ValidUntil: D(2021, 12, 31))], new(ValidityEventKind.Revised, D(2022, 6, 1), NewDoc), "expired" },
        { [new(ValidityEventKind.Effective, D(2020, 1, 1), ValidUntil: D(2024, 12, 31))], new(ValidityEventKind.Extended, D(2022, 6, 1), NewDoc, D(2023, 1, 1)), "not-later" },
        { [Eff(2020)], new(ValidityEventKind.Extended, D(2022, 6, 1), NewDoc), "required" },
        { [], new(ValidityEventKind.Effective, D(2020, 1, 1), ValidUntil: D(2019, 1, 1)), "before-effective" },
    };

    private static ValidityEvent Eff(int year) => new(ValidityEventKind.Effective, D(year, 1, 1));

    private static ValidityEvent Abol(int year) => new(ValidityEventKind.Abolished, D(year, 1, 1), NewDoc);

    [Theory]
    [InlineData("现行有效", ValidityState.InForce)]
    [InlineData("有效", ValidityState.InForce)]
    [InlineData("已修订", ValidityState.Revised)]
    [InlineData("已修改", ValidityState.Revised)]
    [InlineData("已废止", ValidityState.Abolished)]
    [InlineData("全文废止", ValidityState.Abolished)]
    [InlineData("已失效", ValidityState.Expired)]
    [InlineData("尚未生效", ValidityState.NotYetEffective)]
    [InlineData("inForce", ValidityState.InForce)]
    public void Maps_labels_in_use(string label, ValidityState state)
    {
        Assert.True(ValidityNames.TryParse(label, out var s));
        Assert.Equal(state, s);
    }

    [Fact]
    public void Unknown_label_is_rejected() => Assert.False(ValidityNames.TryParse("大概有效", out _));

    [Theory]
    [InlineData("示例市政府信息公开工作办法", 2024, 1, 1, "2028-12-31")]
    [InlineData("示例市公共数据开放暂行办法", 2024, 3, 1, "2026-02-28")]
    [InlineData("示例市中小企业扶持办法（试行）", 2024, 2, 29, "2026-02-28")]
    public void Normative_default_validity(string title, int y, int m, int d, string expected)
    {
        var policy = new NormativeValidityPolicy();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), policy.DefaultValidUntil(title, new DateOnly(y, m, d)));
    }

    [Fact]
    public void Normative_policy_is_configurable_and_checked()
    {
        var p = new NormativeValidityPolicy { DefaultYears = 3, ProvisionalYears = 1, MaxYears = 3 };
        Assert.Empty(p.Validate());
        Assert.Equal(new DateOnly(2026, 12, 31), p.DefaultValidUntil("办法", new DateOnly(2024, 1, 1)));
        Assert.Equal("over-max", p.CheckPeriod(new DateOnly(2024, 1, 1), new DateOnly(2030, 1, 1))!.Code);
        Assert.Equal("before-effective", p.CheckPeriod(new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1))!.Code);
        Assert.Null(p.CheckPeriod(new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.NotEmpty(new NormativeValidityPolicy { DefaultYears = 0 }.Validate());
        Assert.NotEmpty(new NormativeValidityPolicy { DefaultYears = 5, MaxYears = 3 }.Validate());
    }
}

public class AmendmentDetectorTests
{
    [Fact]
    public void Finds_abolition_with_title_and_number()
    {
        var found = AmendmentDetector.Detect("本办法自2024年1月1日起施行，有效期5年。《示例市政府信息公开工作规定》（示府发〔2018〕5号）同时废止。");
        var p = Assert.Single(found);
        Assert.Equal(AmendmentKind.Abolish, p.Kind);
        Assert.Equal("示府发〔2018〕5号", p.TargetDocumentNumber);
        Assert.Equal("示例市政府信息公开工作规定", p.TargetTitle);
        Assert.Equal(ValidityEventKind.Abolished, p.EventKind);
    }

    [Fact]
    public void Finds_dated_abolition_and_numbers_alone()
    {
        var found = AmendmentDetector.Detect("示府办发[2019]12号、示府办发〔2020〕3号自2025年3月1日起废止。");
        Assert.Equal(["示府办发〔2019〕12号", "示府办发〔2020〕3号"], found.Select(f => f.TargetDocumentNumber));
        Assert.All(found, f => Assert.Equal(new DateOnly(2025, 3, 1), f.EffectiveDate));
        Assert.All(found, f => Assert.Null(f.TargetTitle));
    }

    [Fact]
    public void Finds_revision_and_declared_invalidity()
    {
        var found = AmendmentDetector.Detect(
            "市政府决定对《示例市城市道路管理办法》（示府令第21号）作如下修订：一、将第三条修改为……\n" +
            "根据《中华人民共和国行政许可法》修订本办法。\n" +
            "经清理，《示例市燃气管理暂行规定》宣布失效。");
        Assert.Equal(2, found.Count);
        Assert.Equal((AmendmentKind.Revise, "示府令第21号", "示例市城市道路管理办法"), (found[0].Kind, found[0].TargetDocumentNumber, found[0].TargetTitle));
        Assert.Equal((AmendmentKind.DeclareInvalid, "示例市燃气管理暂行规定"), (found[1].Kind, found[1].TargetTitle));
    }

    [Theory]
    [InlineData("各单位不得废止《示例市某办法》（示府发〔2018〕5号）中的保障条款。")]
    [InlineData("本办法自2024年1月1日起施行。")]
    [InlineData("根据《示例市某办法》（示府发〔2018〕5号），制定本细则。")]
    [InlineData("")]
    [InlineData("《示例市人民政府关于废止部分规范性文件的决定》已经2008年9月24日市政府常务会议通过，现予公布，自公布之日起施行。")] // announces, abolishes nothing
    [InlineData("下列情形的，予以废止：\n（一）期限届满的；\n（二）上位法已修改的。")] // a list of conditions, not of documents
    public void Ignores_sentences_that_abolish_nothing(string body) => Assert.Empty(AmendmentDetector.Detect(body));

    [Fact]
    public void A_numbered_list_announced_by_an_abolishing_clause_is_a_list_of_targets()
    {
        var found = AmendmentDetector.Detect(
            "经清理，市政府决定废止以下规范性文件：\n1.《示例市停车场管理暂行办法》（示政发〔2010〕5号）\n2.《示例市市场管理办法》（示政发〔2011〕7号）；\n本决定自公布之日起施行。\n" +
            "《示例市道路管理办法》（示政发〔2012〕9号）中的有关规定继续执行。");
        Assert.Equal(["示政发〔2010〕5号", "示政发〔2011〕7号"], found.Select(f => f.TargetDocumentNumber));
        Assert.All(found, f => Assert.Equal(AmendmentKind.Abolish, f.Kind));
        Assert.Equal("示例市停车场管理暂行办法", found[0].TargetTitle);
    }

    [Fact]
    public void A_catalogue_of_abolished_documents_in_a_table_is_read_row_by_row()
    {
        // Table cells come as paragraphs: the header cells and the row numbers carry no citation and do not end the list.
        var found = AmendmentDetector.Detect(
            "对28件文件予以废止。（目录见附件1）\n本决定自公布之日起生效。\n附件1：示例市人民政府决定废止的规范性文件目录\n序号\n文件名称\n发布机关及文号\n" +
            "1\n关于城市规划管理的通知\n示市府发〔2000〕65号\n2\n关于市场建设的通知\n示市府发〔2000〕71号");
        Assert.Equal(["示市府发〔2000〕65号", "示市府发〔2000〕71号"], found.Select(f => f.TargetDocumentNumber));
    }
}
