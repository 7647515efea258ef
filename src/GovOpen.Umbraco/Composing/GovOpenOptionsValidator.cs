using GovOpen.Core.Documents;
using Microsoft.Extensions.Options;

namespace GovOpen.Umbraco.Composing;

/// <summary>Checks the settings at start; every failure names the key.</summary>
public sealed class GovOpenOptionsValidator : IValidateOptions<GovOpenOptions>
{
    public ValidateOptionsResult Validate(string? name, GovOpenOptions o)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.AgencyName))
        {
            errors.Add("GovOpen:AgencyName is required (发布机构名称，例如“示例市人民政府”).");
        }
        try
        {
            GovOpen.Core.Time.AgencyClock.FindZone(o.TimeZone);
        }
        catch (GovOpen.Core.GovOpenException)
        {
            errors.Add($"GovOpen:TimeZone '{o.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai).");
        }
        if (o.InterpretationDeadlineWorkingDays is < 0 or > 30)
        {
            errors.Add("GovOpen:InterpretationDeadlineWorkingDays must be 0–30 (解读期限，单位：工作日).");
        }
        errors.AddRange(GovOpen.Requests.RequestDbContext.CheckSettings("GovOpen:Requests", o.Requests.Provider, o.Requests.ConnectionString));
        if (o.Requests.RetentionYears is < 1 or > 30)
        {
            errors.Add("GovOpen:Requests:RetentionYears must be 1–30.");
        }
        if (o.ValidityCascade is not ("apply" or "propose"))
        {
            errors.Add($"GovOpen:ValidityCascade must be 'apply' or 'propose', not '{o.ValidityCascade}'.");
        }
        try
        {
            var scheme = new IndexNumberScheme(o.IndexNumberTemplate, o.OrganisationCode);
            _ = scheme.Example;
        }
        catch (GovOpen.Core.GovOpenException e)
        {
            errors.Add($"GovOpen:IndexNumberTemplate/OrganisationCode: {e.Issue.MessageEn} ({e.Issue.Message})");
        }
        errors.AddRange(o.NormativePolicy.Validate().Select(i => $"GovOpen:Normative: {i.MessageEn} ({i.Message})"));
        if (string.IsNullOrWhiteSpace(o.SearchIndexPath) || o.SearchIndexPath.Contains("..", StringComparison.Ordinal))
        {
            errors.Add("GovOpen:SearchIndexPath must be a directory path without '..'.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
