using GovOpen.Core.Content;
using GovOpen.Core.Time;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// 有效性: the validity record (dates and history) stored as JSON, indexed by its state label on the agency's day
/// (the clock comes from DI: Umbraco builds data editors through the container, as it does every editor's factory).
/// </summary>
[DataEditor(EditorAliases.Validity, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class ValidityDataEditor(IDataValueEditorFactory f, AgencyClock clock) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new ValidityValidator();

    /// <inheritdoc />
    public override IPropertyIndexValueFactory PropertyIndexValueFactory { get; } = new ValidityIndexValueFactory(clock);
}
