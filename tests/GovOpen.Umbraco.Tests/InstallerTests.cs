using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;

namespace GovOpen.Umbraco.Tests;

public class InstallerTests
{
    [Fact]
    public async Task First_run_creates_the_whole_model()
    {
        var schema = new FakeSchema();
        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Skipped);
        Assert.Equal(GovContentModel.DataTypes.Count, report.Created.Count(c => c.StartsWith("dataType:", StringComparison.Ordinal)));
        Assert.Equal(GovContentModel.DocumentTypes.Count, report.Created.Count(c => c.StartsWith("documentType:", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Created, c => c.StartsWith("relationType:", StringComparison.Ordinal)); // 解读关联 uses Umbraco's umbDocument references

        var policy = schema.ContentTypes[ContentTypes.PolicyDocument];
        Assert.Equal("政策文件", policy.Name);
        Assert.Equal("govPolicyDocument", policy.Alias); // ASCII alias survives the runtime short-string helper
        Assert.True(policy.PropertyTypeExists("documentNumber"));
        Assert.Equal("发文字号", policy.PropertyTypes.Single(p => p.Alias == "documentNumber").Name);
        Assert.Equal("Gov.DocumentNumber", policy.PropertyTypes.Single(p => p.Alias == "documentNumber").PropertyEditorAlias);
        var root = schema.ContentTypes[ContentTypes.DisclosureRoot];
        Assert.True(root.AllowedAsRoot);
        Assert.Contains(root.AllowedContentTypes!, a => a.Alias == ContentTypes.PolicyFolder);
        Assert.Contains(schema.ContentTypes[ContentTypes.PolicyFolder].AllowedContentTypes!, a => a.Alias == ContentTypes.PolicyInterpretation);
        Assert.Equal("Gov.PropertyEditorUi.Validity", schema.DataTypes[GovContentModel.DataTypeKey("Gov.Validity")].EditorUiAlias);
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        var creates = schema.Creates;
        var updates = schema.Updates;
        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Created);
        Assert.Empty(report.Updated);
        Assert.Equal(creates, schema.Creates);
        Assert.Equal(updates, schema.Updates);
    }

    [Fact]
    public async Task Editors_changes_are_kept_and_a_removed_property_is_not_put_back()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        var policy = schema.ContentTypes[ContentTypes.PolicyDocument];
        // An administrator renames a label, adds a property of their own, and removes one of ours.
        policy.PropertyTypes.Single(p => p.Alias == "documentNumber").Name = "文号（本单位）";
        policy.Name = "政府文件";
        policy.AddPropertyType(new PropertyType(Umb.ShortStrings, schema.DataTypes[GovContentModel.Textstring], "localCode") { Name = "本地编码" }, "meta", "元数据");
        policy.RemovePropertyType("registrationNumber");
        Assert.False(policy.PropertyTypeExists("registrationNumber"));

        // B9: the step that added registrationNumber ran once and never runs again.
        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Updated);
        Assert.False(policy.PropertyTypeExists("registrationNumber"));
        Assert.True(policy.PropertyTypeExists("localCode"));
        Assert.Equal("文号（本单位）", policy.PropertyTypes.Single(p => p.Alias == "documentNumber").Name);
        Assert.Equal("政府文件", policy.Name);
    }

    [Fact]
    public async Task Switched_off_modules_are_not_installed()
    {
        var schema = new FakeSchema();
        var o = new GovOpenOptions { AgencyName = "x" };
        o.Modules.Fees = false;
        o.Modules.Meetings = false;
        await schema.Installer(o).InstallAsync();
        Assert.DoesNotContain(ContentTypes.FeeItem, schema.ContentTypes.Keys);
        Assert.DoesNotContain(ContentTypes.Meeting, schema.ContentTypes.Keys);
        Assert.Contains(ContentTypes.PolicyDocument, schema.ContentTypes.Keys);
    }

    [Fact]
    public async Task Missing_built_in_data_types_are_reported_not_fatal()
    {
        var schema = new FakeSchema(withBuiltIns: false);
        var report = await schema.Installer().InstallAsync();
        Assert.Contains(report.Skipped, s => s.Contains("signedDate", StringComparison.Ordinal));
        Assert.True(schema.ContentTypes[ContentTypes.PolicyDocument].PropertyTypeExists("documentNumber"));
    }
}
