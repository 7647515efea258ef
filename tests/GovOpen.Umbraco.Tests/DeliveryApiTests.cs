using GovOpen.Core.Content;
using GovOpen.Umbraco.DeliveryApi;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;

namespace GovOpen.Umbraco.Tests;

public class DeliveryApiTests
{
    [Fact]
    public void Index_handler_declares_and_fills_gov_fields()
    {
        var site = new FakeSite();
        var policy = site.Add(ContentTypes.PolicyDocument, "示例市关于某事项的通知", FakeSite.Policy("示府发[2026]03号"));
        var handler = new GovContentIndexHandler(new FixedClock(new DateOnly(2026, 11, 23)));
        Assert.Contains(handler.GetFields(), f => f.FieldName == GovIndexFields.SignedDate && f.FieldType == FieldType.Date);
        var values = handler.GetFieldValues(policy, null).ToDictionary(v => v.FieldName, v => v.Values.ToList());
        Assert.Equal(["示府发〔2026〕3号", "示府发〔2026〕"], values[GovIndexFields.DocumentNumber].Cast<string>());
        Assert.Equal(["现行有效"], values[GovIndexFields.Validity].Cast<string>());
        Assert.Equal(["示例市人民政府"], values[GovIndexFields.Issuer].Cast<string>());
        Assert.Equal([2026], values[GovIndexFields.Year].Cast<int>());
        Assert.Contains("综合政务", values[GovIndexFields.Topic].Cast<string>());
        Assert.Equal(new DateTime(2026, 3, 2), values[GovIndexFields.SignedDate].Single());

        var interp = site.Add(ContentTypes.PolicyInterpretation, "解读", new() { ["interpretationOf"] = $"[\"umb://document/{policy.Key:N}\"]", ["form"] = "qa", ["publishedDate"] = "2026-03-06" });
        var iv = handler.GetFieldValues(interp, null).ToDictionary(v => v.FieldName, v => v.Values.ToList());
        Assert.Equal([policy.Key.ToString("N")], iv[GovIndexFields.InterpretationOf].Cast<string>());
    }

    [Theory]
    [InlineData("govValidity:现行有效", GovIndexFields.Validity, "现行有效", FilterOperation.Is)]
    [InlineData("govValidity:inForce", GovIndexFields.Validity, "现行有效", FilterOperation.Is)]
    [InlineData("govValidity:!已废止", GovIndexFields.Validity, "已废止", FilterOperation.IsNot)]
    [InlineData("govDocumentNumber:京政办发[2017]012号", GovIndexFields.DocumentNumber, "京政办发〔2017〕12号", FilterOperation.Is)]
    [InlineData("govDocumentNumber:京政办发[2017]", GovIndexFields.DocumentNumber, "京政办发〔2017〕", FilterOperation.Is)]
    [InlineData("govIssuer:示例市人民政府", GovIndexFields.Issuer, "示例市人民政府", FilterOperation.Is)]
    [InlineData("govYear:2024", GovIndexFields.Year, "2024", FilterOperation.Is)]
    [InlineData("govTopic:综合政务/政务公开", GovIndexFields.Topic, @"综合政务\政务公开", FilterOperation.Is)]
    [InlineData("govInterpretationOf:0f8fad5b-d9cb-469f-a165-70867728950e", GovIndexFields.InterpretationOf, "0f8fad5bd9cb469fa16570867728950e", FilterOperation.Is)]
    public void Filters_translate_and_normalize(string filter, string field, string value, FilterOperation op)
    {
        var h = new GovFilterHandler();
        Assert.True(h.CanHandle(filter));
        var o = h.BuildFilterOption(filter);
        Assert.Equal(field, o.FieldName);
        Assert.Equal([value], o.Values);
        Assert.Equal(op, o.Operator);
    }

    [Fact]
    public void Several_values_are_or_and_unknown_filters_are_left_to_others()
    {
        var h = new GovFilterHandler();
        Assert.Equal(["2023", "2024"], h.BuildFilterOption("govYear:2023,2024").Values);
        Assert.False(h.CanHandle("contentType:govPolicyDocument"));
    }

    [Theory]
    [InlineData("govSignedDate:asc", GovIndexFields.SignedDate, Direction.Ascending)]
    [InlineData("govSignedDate:desc", GovIndexFields.SignedDate, Direction.Descending)]
    [InlineData("govPublishedDate:DESC", GovIndexFields.PublishedDate, Direction.Descending)]
    public void Sorts_translate(string sort, string field, Direction direction)
    {
        var h = new GovSortHandler();
        Assert.True(h.CanHandle(sort));
        var o = h.BuildSortOption(sort);
        Assert.Equal((field, direction), (o.FieldName, o.Direction));
        Assert.False(h.CanHandle("name:asc"));
    }
}
