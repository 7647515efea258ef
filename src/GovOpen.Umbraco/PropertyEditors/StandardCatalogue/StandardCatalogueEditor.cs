using GovOpen.Core.Content;
using GovOpen.Core.Disclosure;
using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.PropertyEditors;

/// <summary>
/// 基层政务公开标准目录: rows of 事项, 内容, 依据, 时限, 主体, 对象, 方式 and 渠道, stored as JSON
/// (<c>[{"area","item","content","basis","timeLimit","body","audience","mode","channels","level"}]</c>).
/// </summary>
[DataEditor(EditorAliases.StandardCatalogue, ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class StandardCatalogueDataEditor(IDataValueEditorFactory f) : GovDataEditor(f)
{
    /// <inheritdoc />
    protected override IValueValidator CreateValidator() => new StandardCatalogueValidator();
}

/// <summary>A 标准目录 value: every row readable and following Core's rules (<see cref="StandardCatalogue.Rows"/>).</summary>
public sealed class StandardCatalogueValidator() : RowListValidator(StandardCatalogue.Rows);
