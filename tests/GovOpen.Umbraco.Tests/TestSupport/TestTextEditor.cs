using Umbraco.Cms.Core.PropertyEditors;

namespace GovOpen.Umbraco.Tests;

[DataEditor("Test.TextBox", ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class TestTextEditor(IDataValueEditorFactory f) : DataEditor(f);
