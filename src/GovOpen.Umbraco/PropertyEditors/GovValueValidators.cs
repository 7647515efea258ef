using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core;
using GovOpen.Core.Content.Codecs;
using GovOpen.Core.Vocabularies;
using GovOpen.Core.Disclosure;
using GovOpen.Core.Documents;
using GovOpen.Core.Fees;
using GovOpen.Core.Interpretations;
using GovOpen.Core.Meetings;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// Server-side validation of the GovOpen editors. Each validator calls the same GovOpen.Core rule the
/// back-office client uses, so a save through the Management API cannot bypass it. Messages are zh-CN with the
/// English after them.
/// </summary>
public abstract class GovValueValidator : IValueValidator
{
    public IEnumerable<ValidationResult> Validate(object? value, string? valueType, object? dataTypeConfiguration, PropertyValidationContext validationContext)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            JsonNode n => n.ToJsonString(),
            _ => JsonSerializer.Serialize(value),
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return Check(text).Where(i => i.Severity == Severity.Error).Select(i => new ValidationResult($"{i.Message} ({i.MessageEn})", ["value"])).ToList();
    }

    /// <summary>Findings for a non-empty stored value.</summary>
    public abstract IEnumerable<Issue> Check(string value);

    protected static JsonNode? Parse(string value, string field, List<Issue> issues)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            issues.Add(Issue.Error(field, "json", "值不是有效的JSON", "The value is not valid JSON."));
            return null;
        }
    }

}

public sealed class DocumentNumberValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var r = DocumentNumberParser.Parse(value);
        return r.Error is { } e ? [e] : r.Warnings;
    }
}

public sealed class TopicValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value) => TopicTaxonomy.Validate(value) is { } i ? [i] : [];
}

/// <summary>A value of one of Core's vocabularies (alias, Chinese name or synonym).</summary>
public sealed class VocabularyValidator<T>(Vocabulary<T> vocabulary) : GovValueValidator
    where T : struct, Enum
{
    public override IEnumerable<Issue> Check(string value) =>
        vocabulary.TryParse(value, out _)
            ? []
            : [Issue.Error(vocabulary.Field, "unknown", $"“{value}”不在可选值中（{string.Join("、", vocabulary.All.Select(t => t.Name))}）", $"'{value}' is not one of the allowed values ({string.Join(", ", vocabulary.All.Select(t => t.Alias))}).")];
}

public sealed class DisclosureValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, DisclosureDecision.Field, issues);
        if (node is null)
        {
            return issues;
        }
        var decision = DisclosureCodec.Read(node, new ReadContext(null, issues));
        if (issues.Count == 0)
        {
            issues.AddRange(decision.Validate());
        }
        return issues;
    }
}

public sealed class ValidityValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, "validity", issues);
        if (node is not JsonObject)
        {
            if (node is not null)
            {
                issues.Add(Issue.Error("validity", "shape", "有效性的值应为对象", "The validity value must be an object."));
            }
            return issues;
        }
        ValidityCodec.Read(node, new ReadContext(null, issues));
        return issues;
    }
}

public sealed class FeeStandardValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, "standards", issues);
        if (node is not JsonArray)
        {
            if (node is not null)
            {
                issues.Add(Issue.Error("standards", "shape", "收费标准应为列表", "Fee standards must be a list."));
            }
            return issues;
        }
        var standards = FeeStandardsCodec.Read(node, new ReadContext(null, issues));
        issues.AddRange(FeeItem.ValidateStandards(standards));
        return issues;
    }
}

public sealed class MeetingAgendaValidator : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, "agenda", issues);
        if (node is not JsonArray)
        {
            if (node is not null)
            {
                issues.Add(Issue.Error("agenda", "shape", "议题应为列表", "The agenda must be a list."));
            }
            return issues;
        }
        issues.AddRange(Meeting.ValidateAgenda(AgendaCodec.Read(node)));
        return issues;
    }
}

/// <summary>
/// 解读关联: at least one policy, every target exists and is 主动公开. The lookup is given by the plugin (content
/// service in a host, a dictionary in tests).
/// </summary>
public sealed class InterpretationLinkValidator(Func<string, PolicyDocument?> findPolicy) : GovValueValidator
{
    public override IEnumerable<Issue> Check(string value)
    {
        var issues = new List<Issue>();
        var node = Parse(value, InterpretationRules.Field, issues);
        if (node is null)
        {
            return issues;
        }
        issues.AddRange(InterpretationRules.ValidateLinks(ScalarCodecs.ReadIds(node), findPolicy));
        return issues;
    }
}
