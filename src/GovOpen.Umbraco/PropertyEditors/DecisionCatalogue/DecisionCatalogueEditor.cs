using GovOpen.Core.Consultations;
using GovOpen.Core.Content;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// 重大行政决策事项目录: rows of 事项, 承办单位, 计划完成时间 and the date of each step (or "n/a"), stored as JSON
/// (<c>[{"matter","department","planned","steps":{…},"consultation","note"}]</c>).
/// </summary>
[DataEditor(EditorAliases.DecisionCatalogue, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class DecisionCatalogueDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new DecisionCatalogueValidator();
}

/// <summary>A 决策事项目录 value: every row readable and following Core's rules (<see cref="DecisionCatalogue.Rows"/>).</summary>
public sealed class DecisionCatalogueValidator() : RowListValidator(DecisionCatalogue.Rows);
