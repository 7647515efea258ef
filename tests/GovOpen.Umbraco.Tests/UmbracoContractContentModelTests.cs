using GovOpen.Core.Content;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace GovOpen.Umbraco.Tests;

/// <summary>The Umbraco facts the content model relies on (docs/umbraco-contract.md, "Content model and installer").</summary>
public class UmbracoContractContentModelTests
{
    [Fact]
    public void Core_references_the_built_in_data_types_by_Umbracos_well_known_keys_and_editor_aliases()
    {
        Assert.Equal(Constants.DataTypes.Guids.TextstringGuid, ContentModelDefinition.Textstring.Key);
        Assert.Equal(Constants.DataTypes.Guids.TextareaGuid, ContentModelDefinition.Textarea.Key);
        Assert.Equal(Constants.DataTypes.Guids.RichtextEditorGuid, ContentModelDefinition.RichText.Key);
        Assert.Equal(Constants.DataTypes.Guids.DatePickerGuid, ContentModelDefinition.DatePicker.Key);
        Assert.Equal(Constants.DataTypes.Guids.CheckboxGuid, ContentModelDefinition.Checkbox.Key);
        Assert.Equal(Constants.DataTypes.Guids.LabelStringGuid, ContentModelDefinition.Label.Key);
        Assert.Equal(Constants.DataTypes.Guids.MediaPicker3MultipleGuid, ContentModelDefinition.MultipleMediaPicker.Key);
        Assert.Equal(Constants.PropertyEditors.Aliases.MediaPicker3, ContentModelDefinition.MultipleMediaPicker.EditorAlias);

        Assert.Equal(Constants.PropertyEditors.Aliases.TextBox, ContentModelDefinition.Textstring.EditorAlias);
        Assert.Equal(Constants.PropertyEditors.Aliases.TextArea, ContentModelDefinition.Textarea.EditorAlias);
        Assert.Equal(Constants.PropertyEditors.Aliases.RichText, ContentModelDefinition.RichText.EditorAlias);
        Assert.Equal(Constants.PropertyEditors.Aliases.DateTime, ContentModelDefinition.DatePicker.EditorAlias);
        Assert.Equal(Constants.PropertyEditors.Aliases.Boolean, ContentModelDefinition.Checkbox.EditorAlias);
        Assert.Equal(Constants.PropertyEditors.Aliases.Label, ContentModelDefinition.Label.EditorAlias);
    }

    [Fact]
    public void A_Label_is_read_only_for_editors_and_its_value_is_set_by_code()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Umb.ShortStrings);
        services.AddSingleton<IJsonSerializer>(Umb.Serializer);
        services.AddSingleton(Mock.Of<IIOHelper>());
        services.AddSingleton(Mock.Of<ILocalizedTextService>());
        var label = new LabelPropertyEditor(new DataValueEditorFactory(services.BuildServiceProvider()), Mock.Of<IIOHelper>());
        Assert.Equal(Constants.PropertyEditors.Aliases.Label, label.Alias);
        Assert.True(label.GetValueEditor().IsReadOnly);

        var dataType = new DataType(label, Umb.Serializer) { Key = Constants.DataTypes.Guids.LabelStringGuid, Name = "Label (string)" };
        var type = new ContentType(Umb.ShortStrings, -1) { Alias = ContentTypes.PolicyDocument, Name = "政策文件" };
        type.AddPropertyType(new PropertyType(Umb.ShortStrings, dataType, PropertyAliases.InterpretationStatus) { Name = "解读状态" }, "interpretation", "解读");
        var content = new Content("x", -1, type);
        content.SetValue(PropertyAliases.InterpretationStatus, "待解读");
        Assert.Equal("待解读", content.GetValue<string>(PropertyAliases.InterpretationStatus));
    }

    [Fact]
    public void A_document_type_lives_in_a_folder_through_its_parent_id_and_a_data_type_likewise()
    {
        // ContentTypeEditingServiceBase creates a type in a container with CreateContentType(shortStringHelper, containerId);
        // DataTypePresentationFactory sets DataType.ParentId to the container's id.
        var type = new ContentType(Umb.ShortStrings, 1234);
        Assert.Equal(1234, type.ParentId);
        var dataType = new DataType(Umb.Editors()[0], Umb.Serializer, 1234);
        Assert.Equal(1234, dataType.ParentId);
    }

    [Fact]
    public void A_user_group_keeps_an_ascii_camel_case_alias_and_its_sections()
    {
        var group = new global::Umbraco.Cms.Core.Models.Membership.UserGroup(Umb.ShortStrings) { Alias = "govOpenRequestClerks", Name = "依申请公开办理" };
        group.AddAllowedSection(Constants.Applications.Content);
        group.AddAllowedSection(Constants.Applications.Content);
        Assert.Equal("govOpenRequestClerks", group.Alias);
        Assert.Equal(["content"], group.AllowedSections);
    }
}
