using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace GovOpen.Umbraco.Tests;

/// <summary>In-memory stand-ins for the three services the installer uses.</summary>
internal sealed class FakeSchema
{
    public Dictionary<Guid, IDataType> DataTypes { get; } = new();
    public Dictionary<string, IContentType> ContentTypes { get; } = new();
    public List<IRelationType> RelationTypes { get; } = [];
    public int Creates;
    public int Updates;

    public FakeSchema(bool withBuiltIns = true)
    {
        if (withBuiltIns)
        {
            foreach (var (k, v) in Umb.DataTypes().Where(d => GovContentModel.DataTypes.All(g => g.Key != d.Key)))
            {
                DataTypes[k] = v;
            }
        }
    }

    public ContentModelInstaller Installer(GovOpenOptions? options = null)
    {
        var dts = new Mock<IDataTypeService>();
        dts.Setup(s => s.GetAsync(It.IsAny<Guid>())).ReturnsAsync((Guid k) => DataTypes.GetValueOrDefault(k));
        dts.Setup(s => s.CreateAsync(It.IsAny<IDataType>(), It.IsAny<Guid>())).ReturnsAsync((IDataType d, Guid _) =>
        {
            DataTypes[d.Key] = d;
            Creates++;
            return Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, d);
        });
        var cts = new Mock<IContentTypeService>();
        cts.Setup(s => s.Get(It.IsAny<string>())).Returns((string a) => ContentTypes.GetValueOrDefault(a));
        cts.Setup(s => s.CreateAsync(It.IsAny<IContentType>(), It.IsAny<Guid>())).ReturnsAsync((IContentType c, Guid _) =>
        {
            ContentTypes[c.Alias] = c;
            Creates++;
            return Attempt.Succeed(ContentTypeOperationStatus.Success);
        });
        cts.Setup(s => s.UpdateAsync(It.IsAny<IContentType>(), It.IsAny<Guid>())).ReturnsAsync((IContentType c, Guid _) =>
        {
            Updates++;
            return Attempt.Succeed(ContentTypeOperationStatus.Success);
        });
        var rel = new Mock<IRelationService>();
        rel.Setup(s => s.GetRelationTypeByAlias(It.IsAny<string>())).Returns((string a) => RelationTypes.FirstOrDefault(r => r.Alias == a));
        rel.Setup(s => s.Save(It.IsAny<IRelationType>())).Callback((IRelationType r) => RelationTypes.Add(r));
        var editors = new DataEditorCollection(() => Umb.Editors());
        return new ContentModelInstaller(dts.Object, cts.Object, rel.Object, editors, Umb.Serializer, Umb.ShortStrings,
            Options.Create(options ?? new GovOpenOptions { AgencyName = "示例市人民政府" }), NullLogger<ContentModelInstaller>.Instance);
    }
}

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
        Assert.Contains("relationType:govPolicyInterpretation", report.Created);

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
        var relation = schema.RelationTypes.Single();
        Assert.True(((IRelationTypeWithIsDependency)relation).IsDependency);
        Assert.Equal(Constants.ObjectTypes.Document, relation.ParentObjectType);
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
    public async Task Editors_changes_are_kept_and_missing_parts_completed()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        var policy = schema.ContentTypes[ContentTypes.PolicyDocument];
        // An editor renames a label, adds a property of their own, and one of ours went missing.
        policy.PropertyTypes.Single(p => p.Alias == "documentNumber").Name = "文号（本单位）";
        policy.Name = "政府文件";
        policy.AddPropertyType(new PropertyType(Umb.ShortStrings, schema.DataTypes[GovContentModel.Textstring], "localCode") { Name = "本地编码" }, "meta", "元数据");
        policy.RemovePropertyType("registrationNumber");
        Assert.False(policy.PropertyTypeExists("registrationNumber"));

        var report = await schema.Installer().InstallAsync();
        Assert.Equal(["documentType:govPolicyDocument"], report.Updated);
        Assert.True(policy.PropertyTypeExists("registrationNumber"));
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
