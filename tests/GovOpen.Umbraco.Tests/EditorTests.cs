using GovOpen.Core.Content;
using GovOpen.Umbraco.PropertyEditors;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.Services;

namespace GovOpen.Umbraco.Tests;

public class EditorTests
{
    private static List<string> Validate(string editorAlias, object? value, IContentService? contentService = null)
    {
        var editor = Umb.Editors(contentService).Single(e => e.Alias == editorAlias);
        return editor.GetValueEditor().Validate(value, false, null, PropertyValidationContext.Empty()).Select(r => r.ErrorMessage!).ToList();
    }

    [Theory]
    [InlineData("京政办发〔2017〕12号", null)]
    [InlineData("京政办发[2017]012号", null)]
    [InlineData("京政发〔17〕12号", "四位")]
    [InlineData("〔2017〕12号", "机关代字")]
    [InlineData("hello", "无法识别")]
    [InlineData("", null)]
    public void Document_number(string value, string? error)
    {
        var errors = Validate(EditorAliases.DocumentNumber, value);
        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Contains(error, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Topic_genre_category_form_fee_category()
    {
        Assert.Empty(Validate(EditorAliases.Topic, @"综合政务\政务公开"));
        Assert.NotEmpty(Validate(EditorAliases.Topic, "政务公开"));
        Assert.Empty(Validate(EditorAliases.Genre, "通知"));
        Assert.NotEmpty(Validate(EditorAliases.Genre, "圣旨"));
        Assert.Empty(Validate(EditorAliases.PolicyCategory, "normative"));
        Assert.NotEmpty(Validate(EditorAliases.PolicyCategory, "secret"));
        Assert.Empty(Validate(EditorAliases.InterpretationForm, "图解"));
        Assert.NotEmpty(Validate(EditorAliases.InterpretationForm, "漫画"));
        Assert.Empty(Validate(EditorAliases.FeeCategory, "政府性基金"));
        Assert.NotEmpty(Validate(EditorAliases.FeeCategory, "罚款"));
    }

    [Fact]
    public void Disclosure_requires_a_ground_when_not_proactive()
    {
        Assert.Empty(Validate(EditorAliases.Disclosure, """{"attribute":"proactive"}"""));
        Assert.Contains(Validate(EditorAliases.Disclosure, """{"attribute":"notDisclosed"}"""), e => e.Contains("法律依据", StringComparison.Ordinal));
        Assert.Empty(Validate(EditorAliases.Disclosure, """{"attribute":"notDisclosed","ground":"art15-third-party","reason":"涉及商业秘密"}"""));
        Assert.NotEmpty(Validate(EditorAliases.Disclosure, "{not json"));
        Assert.NotEmpty(Validate(EditorAliases.Disclosure, """{"attribute":"halfOpen"}"""));
    }

    [Fact]
    public void Validity_rejects_illegal_histories()
    {
        Assert.Empty(Validate(EditorAliases.Validity, """{"effectiveDate":"2024-01-01","validUntil":"2028-12-31","history":[]}"""));
        var errors = Validate(EditorAliases.Validity, """{"effectiveDate":"2024-01-01","history":[{"kind":"abolished","date":"2025-01-01","by":{"title":"新办法"}},{"kind":"revised","date":"2025-06-01","by":{"title":"又一办法"}}]}""");
        Assert.Contains(errors, e => e.Contains("废止", StringComparison.Ordinal));
        Assert.NotEmpty(Validate(EditorAliases.Validity, """{"effectiveDate":"2024-13-01"}"""));
        Assert.NotEmpty(Validate(EditorAliases.Validity, "[1,2]"));
    }

    [Fact]
    public void Fee_standards_and_meeting_agenda()
    {
        Assert.Empty(Validate(EditorAliases.FeeStandard, """[{"from":"2020-01-01","amount":10,"unit":"元/件","basis":["示价〔2019〕1号"]}]"""));
        Assert.Contains(Validate(EditorAliases.FeeStandard, """[{"from":"2020-01-01","amount":10,"unit":"元/件","basis":["示价〔2019〕1号"]},{"from":"2021-01-01","amount":8,"unit":"元/件","basis":["示价〔2019〕1号"]}]"""), e => e.Contains("重叠", StringComparison.Ordinal));
        Assert.Contains(Validate(EditorAliases.FeeStandard, """[{"from":"2020-01-01","amount":10,"basis":["示价〔2019〕1号"]}]"""), e => e.Contains("计量单位", StringComparison.Ordinal));
        Assert.Empty(Validate(EditorAliases.MeetingAgenda, """[{"topic":"审议预算","decision":"通过"}]"""));
        Assert.Contains(Validate(EditorAliases.MeetingAgenda, """[{"topic":" ","decision":"通过"}]"""), e => e.Contains("议题", StringComparison.Ordinal));
    }

    [Fact]
    public void Interpretation_links_reject_missing_and_non_public_targets()
    {
        var types = Umb.DataTypes();
        var type = Umb.Type(ContentTypes.PolicyDocument, types);
        var open = Umb.Content(type, "公开文件", new() { ["disclosure"] = """{"attribute":"proactive"}""" });
        var withheld = Umb.Content(type, "内部文件", new() { ["disclosure"] = """{"attribute":"notDisclosed","ground":"art16-internal","reason":"内部"}""" });
        var cs = new Mock<IContentService>();
        cs.Setup(s => s.GetById(open.Key)).Returns(open);
        cs.Setup(s => s.GetById(withheld.Key)).Returns(withheld);
        Assert.Empty(Validate(EditorAliases.InterpretationLink, $"[\"{open.Key}\"]", cs.Object));
        Assert.Empty(Validate(EditorAliases.InterpretationLink, $"[\"umb://document/{open.Key:N}\"]", cs.Object));
        Assert.Contains(Validate(EditorAliases.InterpretationLink, $"[\"{withheld.Key}\"]", cs.Object), e => e.Contains("不能关联", StringComparison.Ordinal));
        Assert.Contains(Validate(EditorAliases.InterpretationLink, $"[\"{Guid.NewGuid()}\"]", cs.Object), e => e.Contains("不存在", StringComparison.Ordinal));
        Assert.Contains(Validate(EditorAliases.InterpretationLink, "[]", cs.Object), e => e.Contains("至少", StringComparison.Ordinal));
    }

    [Fact]
    public void Index_value_factories_emit_normalized_numbers_and_state_labels()
    {
        var type = Umb.Type(ContentTypes.PolicyDocument);
        var c = Umb.Content(type, "x", new()
        {
            ["documentNumber"] = "京政办发[2017]012号",
            ["validity"] = """{"effectiveDate":"2015-01-01","history":[{"kind":"abolished","date":"2016-01-01","by":{"title":"y"}}]}""",
        });
        var numberValues = new DocumentNumberIndexValueFactory().GetIndexValues(c.Properties["documentNumber"]!, null, null, false, [], new Dictionary<Guid, IContentType>()).Single().Values;
        Assert.Equal(["京政办发[2017]012号", "京政办发〔2017〕12号", "京政办发〔2017〕"], numberValues);
        var validity = new ValidityIndexValueFactory(new FixedClock(new DateOnly(2026, 11, 23))).GetIndexValues(c.Properties["validity"]!, null, null, false, [], new Dictionary<Guid, IContentType>()).Single().Values;
        Assert.Contains("已废止", validity);
        // The label is the agency clock's day, not the machine's: abolished from 2016-01-01, in force the day before.
        var before = new ValidityIndexValueFactory(new FixedClock(new DateOnly(2015, 12, 31))).GetIndexValues(c.Properties["validity"]!, null, null, false, [], new Dictionary<Guid, IContentType>()).Single().Values;
        Assert.Contains("现行有效", before);
    }
}
