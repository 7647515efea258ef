using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovOpen.Core;
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
    /// <inheritdoc />
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

    /// <summary>
    /// The value as a JSON node of the shape the editor stores (an object or a list), or null with a <c>json</c> or
    /// <c>shape</c> error on <paramref name="field"/>.
    /// </summary>
    protected static T? ParseAs<T>(string value, string field, List<Issue> issues, string shapeZh, string shapeEn)
        where T : JsonNode
    {
        var node = Parse(value, field, issues);
        if (node is T typed)
        {
            return typed;
        }
        if (node is not null)
        {
            issues.Add(Issue.Error(field, "shape", shapeZh, shapeEn));
        }
        return null;
    }

    /// <summary>The value as JSON, or null with a <c>json</c> error on <paramref name="field"/>.</summary>
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
