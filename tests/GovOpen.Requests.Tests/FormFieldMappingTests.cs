using GovOpen.Core;
using GovOpen.Core.Calendar;
using GovOpen.Core.Requests;

namespace GovOpen.Requests.Tests;

public class FormFieldMappingTests
{
    private static Dictionary<string, string?> Fields() => new()
    {
        [FormFieldMapping.ApplicantType] = "商业企业",
        [FormFieldMapping.Name] = " 示例科技有限公司 ",
        [FormFieldMapping.CreditCode] = "91000000MA0000000N",
        [FormFieldMapping.Contact] = "010-62345678",
        [FormFieldMapping.Description] = "示例市2025年度政府采购意向公开目录",
        ["someOtherFormField"] = "ignored",
    };

    [Fact]
    public void Fields_map_onto_a_submission_keyed_by_the_record()
    {
        var s = FormFieldMapping.FromFields(Fields(), "3f0c5a4e-0000-4000-8000-000000000001");
        Assert.Equal(ApplicantType.Commercial, s.ApplicantType);
        Assert.Equal("示例科技有限公司", s.Name);
        Assert.Equal("forms:3f0c5a4e-0000-4000-8000-000000000001", s.ClientToken);
        Assert.Equal("electronic", s.PreferredForm);
        Assert.Equal("online", s.Delivery);
    }

    [Fact]
    public void Bad_fields_are_named()
    {
        var f = Fields();
        f[FormFieldMapping.ApplicantType] = "外星人";
        Assert.Equal(FormFieldMapping.ApplicantType, Assert.Throws<GovOpenException>(() => FormFieldMapping.FromFields(f, "r1")).Issue.Field);
        f = Fields();
        f.Remove(FormFieldMapping.CreditCode);
        Assert.Equal("creditCode", Assert.Throws<GovOpenException>(() => FormFieldMapping.FromFields(f, "r1")).Issue.Field);
        f = Fields();
        f[FormFieldMapping.Delivery] = "carrier pigeon";
        Assert.Equal("delivery", Assert.Throws<GovOpenException>(() => FormFieldMapping.FromFields(f, "r1")).Issue.Field);
    }

    [Fact]
    public async Task A_workflow_that_runs_twice_registers_one_request()
    {
        await using var database = new SqliteDatabase();
        await using var ctx = database.NewContext();
        var store = new RequestStore(ctx, WorkCalendar.Embedded, new FixedClock(new DateOnly(2026, 3, 2)));
        await store.MigrateAsync();
        IRequestIntake intake = store;
        var first = await intake.RegisterAsync(FormFieldMapping.FromFields(Fields(), "rec-1"));
        var again = await intake.RegisterAsync(FormFieldMapping.FromFields(Fields(), "rec-1"));
        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Number, again.Number);
        Assert.Single(await store.AllAsync());
    }
}
