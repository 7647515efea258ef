using Umbraco.Cms.Core.Configuration.Models;
using System.Text.Json;
using GovOpen.Core.Content;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.ContentModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Serialization;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;
using Umbraco.Cms.Core.Sync;

namespace GovOpen.Umbraco.Tests;

/// <summary>The install rules of review B9/C3: once-only steps, the folder, the user group, runtime level and server role.</summary>
public class ContentModelInstallTests
{
    /// <summary>Data types with identities, as Umbraco's service returns them (a PropertyType copies the key of a saved data type only).</summary>
    private static FakeSchema Saved(FakeSchema schema)
    {
        var id = 100;
        foreach (var dt in schema.DataTypes.Values)
        {
            dt.Id = id++;
        }
        return schema;
    }

    private static List<string> Recorded(FakeSchema schema) =>
        JsonSerializer.Deserialize<List<string>>(schema.KeyValues[ContentModelInstaller.StepsKey])!;

    [Fact]
    public async Task Completed_steps_are_recorded_in_the_key_value_store_and_a_second_run_does_nothing()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        Assert.Equal(ContentModelPlan.Steps.Select(s => s.Id), Recorded(schema)); // all modules on: every step ran, in plan order
        Assert.Equal(ContentModelPlan.Steps.Count, ContentModelPlan.Steps.Select(s => s.Id).Distinct().Count()); // ids are unique

        var creates = schema.Creates;
        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Created);
        Assert.Empty(report.Updated);
        Assert.Empty(report.Skipped);
        Assert.Equal(creates, schema.Creates);
    }

    [Fact]
    public async Task A_removed_allowed_child_is_not_put_back()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        var root = schema.ContentTypes[ContentTypes.DisclosureRoot];
        root.AllowedContentTypes = root.AllowedContentTypes!.Where(a => a.Alias != ContentTypes.Guide).ToList();

        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Updated);
        Assert.DoesNotContain(root.AllowedContentTypes!, a => a.Alias == ContentTypes.Guide);
    }

    [Fact]
    public async Task A_step_that_could_not_run_is_tried_again_and_then_recorded()
    {
        var schema = new FakeSchema(withBuiltIns: false);
        await schema.Installer().InstallAsync();
        Assert.DoesNotContain("property:govPolicyDocument.signedDate", Recorded(schema));

        foreach (var (k, v) in Umb.DataTypes().Where(d => ContentModelDefinition.BuiltIns.Any(b => b.Key == d.Key)))
        {
            schema.DataTypes[k] = v; // the built-in data types are there now
        }
        var report = await schema.Installer().InstallAsync();
        Assert.Contains("documentType:govPolicyDocument", report.Updated);
        Assert.True(schema.ContentTypes[ContentTypes.PolicyDocument].PropertyTypeExists("signedDate"));
        Assert.Contains("property:govPolicyDocument.signedDate", Recorded(schema));
    }

    [Fact]
    public async Task A_later_version_adds_steps_that_run_once_on_existing_installs()
    {
        var schema = new FakeSchema();
        await schema.Installer().InstallAsync();
        var added = new PropertyStep(ContentTypes.PolicyDocument, new PropertyDefinition("laterField", "后来的字段", ContentModelDefinition.Textstring.Key, "meta"));
        var nextVersion = ContentModelPlan.Steps.Append(added).ToList();

        var report = await schema.Installer().InstallAsync(nextVersion);
        Assert.Equal(["documentType:govPolicyDocument"], report.Updated);
        Assert.True(schema.ContentTypes[ContentTypes.PolicyDocument].PropertyTypeExists("laterField"));
        Assert.Equal(added.Id, Recorded(schema)[^1]);

        schema.ContentTypes[ContentTypes.PolicyDocument].RemovePropertyType("laterField");
        await schema.Installer().InstallAsync(nextVersion);
        Assert.False(schema.ContentTypes[ContentTypes.PolicyDocument].PropertyTypeExists("laterField"));
    }

    [Fact]
    public async Task An_install_of_an_earlier_version_is_adopted_unchanged()
    {
        // What the earlier installer left: the whole model, no record of steps, interpretationStatus a Textstring.
        var schema = Saved(new FakeSchema());
        await schema.Installer().InstallAsync();
        schema.KeyValues.Clear();
        var policy = schema.ContentTypes[ContentTypes.PolicyDocument];
        policy.RemovePropertyType(PropertyAliases.InterpretationStatus);
        policy.AddPropertyType(new PropertyType(Umb.ShortStrings, schema.DataTypes[GovContentModel.Textstring], PropertyAliases.InterpretationStatus) { Name = "解读状态" }, "interpretation", "解读");
        policy.RemovePropertyType(PropertyAliases.RegistrationNumber); // an administrator removed it
        var creates = schema.Creates;
        var updates = schema.Updates;

        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Created);
        Assert.Empty(report.Updated);
        Assert.Empty(report.Skipped);
        Assert.Equal((creates, updates), (schema.Creates, schema.Updates));
        Assert.False(policy.PropertyTypeExists(PropertyAliases.RegistrationNumber));
        // An existing property keeps its data type: the installer never changes it.
        Assert.Equal(GovContentModel.Textstring, policy.PropertyTypes.Single(p => p.Alias == PropertyAliases.InterpretationStatus).DataTypeKey);
        Assert.Equal(ContentModelPlan.Steps.Select(s => s.Id).Order(), Recorded(schema).Order());
    }

    [Fact]
    public async Task A_concurrent_run_that_finds_everything_created_is_harmless()
    {
        var schema = new FakeSchema();
        var first = schema.Installer();
        await first.InstallAsync();
        schema.KeyValues.Clear(); // the second server read the store before the first wrote it

        var report = await schema.Installer().InstallAsync();
        Assert.Empty(report.Skipped);
        Assert.Empty(report.Created);
    }

    [Fact]
    public async Task Document_types_and_GovOpen_data_types_are_created_in_the_folder()
    {
        var schema = new FakeSchema();
        var report = await schema.Installer().InstallAsync();
        Assert.Contains("container:documentTypes", report.Created);
        Assert.Contains("container:dataTypes", report.Created);
        var docFolder = schema.DocumentTypeFolders[ContentModelDefinition.DocumentTypeFolderKey];
        var dataFolder = schema.DataTypeFolders[ContentModelDefinition.DataTypeFolderKey];
        Assert.Equal("政务公开", docFolder.Name);
        Assert.Equal(Constants.ObjectTypes.DocumentType, docFolder.ContainedObjectType);
        Assert.Equal(Constants.ObjectTypes.DataType, dataFolder.ContainedObjectType);
        Assert.All(ContentModelDefinition.DocumentTypes, d => Assert.Equal(docFolder.Id, schema.ContentTypes[d.Alias].ParentId));
        Assert.All(ContentModelDefinition.DataTypes, d => Assert.Equal(dataFolder.Id, schema.DataTypes[d.Key].ParentId));
        // Built-in data types stay where Umbraco put them.
        Assert.Equal(Constants.System.Root, schema.DataTypes[ContentModelDefinition.Label.Key].ParentId);
    }

    [Fact]
    public async Task A_folder_of_that_name_made_by_an_administrator_is_used()
    {
        var schema = new FakeSchema();
        var own = new EntityContainer(3000, Guid.NewGuid(), Constants.System.Root, "-1,3000", 1, 0, Constants.ObjectTypes.DocumentType, "政务公开", -1);
        schema.DocumentTypeFolders[own.Key] = own;

        var report = await schema.Installer().InstallAsync();
        Assert.DoesNotContain("container:documentTypes", report.Created);
        Assert.Empty(report.Skipped);
        Assert.Equal(3000, schema.ContentTypes[ContentTypes.PolicyDocument].ParentId);
    }

    [Fact]
    public async Task The_request_register_user_group_is_created_once_with_the_content_section()
    {
        var schema = new FakeSchema();
        var report = await schema.Installer().InstallAsync();
        Assert.Contains("userGroup:govOpenRequestClerks", report.Created);
        var group = schema.UserGroups[GovUserGroups.RequestClerks];
        Assert.Equal("govOpenRequestClerks", group.Alias); // survives UserGroup's alias cleaning
        Assert.Equal("依申请公开办理", group.Name);
        Assert.Equal([Constants.Applications.Content], group.AllowedSections);

        schema.UserGroups.Remove(GovUserGroups.RequestClerks); // an administrator deleted it
        await schema.Installer().InstallAsync();
        Assert.DoesNotContain(GovUserGroups.RequestClerks, schema.UserGroups.Keys);
    }

    [Fact]
    public async Task A_module_switched_on_later_is_installed_and_linked_below_the_root()
    {
        var schema = new FakeSchema();
        var off = new GovOpenOptions { AgencyName = "x" };
        off.Modules.Meetings = false;
        await schema.Installer(off).InstallAsync();
        Assert.DoesNotContain(ContentTypes.MeetingColumn, schema.ContentTypes.Keys);
        Assert.DoesNotContain("documentType:govMeetingColumn", Recorded(schema));

        await schema.Installer().InstallAsync();
        Assert.Contains(ContentTypes.MeetingColumn, schema.ContentTypes.Keys);
        Assert.Contains(schema.ContentTypes[ContentTypes.DisclosureRoot].AllowedContentTypes!, a => a.Alias == ContentTypes.MeetingColumn);
    }

    [Fact]
    public async Task System_maintained_fields_use_the_built_in_label()
    {
        var schema = Saved(new FakeSchema());
        await schema.Installer().InstallAsync();
        var policy = schema.ContentTypes[ContentTypes.PolicyDocument];
        Assert.Equal(Constants.DataTypes.Guids.LabelStringGuid, policy.PropertyTypes.Single(p => p.Alias == PropertyAliases.InterpretationStatus).DataTypeKey);
        Assert.Equal(Constants.DataTypes.Guids.LabelStringGuid, policy.PropertyTypes.Single(p => p.Alias == PropertyAliases.PendingValidityChanges).DataTypeKey);
    }

    // ---- the handler: runtime level and server role ---------------------------------------------

    private static ContentModelInstallHandler Handler(FakeSchema schema, RuntimeLevel level, params ServerRole[] roles) => Handler(schema, level, new PackageMigrationSettings(), roles);

    private static ContentModelInstallHandler Handler(FakeSchema schema, RuntimeLevel level, PackageMigrationSettings migrations, params ServerRole[] roles)
    {
        var runtime = Mock.Of<IRuntimeState>(r => r.Level == level);
        var accessor = new Mock<IServerRoleAccessor>();
        var sequence = accessor.SetupSequence(a => a.CurrentServerRole);
        foreach (var r in roles)
        {
            sequence = sequence.Returns(r);
        }
        return new ContentModelInstallHandler(schema.Installer(), runtime, accessor.Object, NullLogger<ContentModelInstallHandler>.Instance, Microsoft.Extensions.Options.Options.Create(migrations))
        {
            RolePollInterval = TimeSpan.Zero,
            RolePollAttempts = 5,
        };
    }

    [Theory]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.Upgrading)]
    [InlineData(RuntimeLevel.Boot)]
    [InlineData(RuntimeLevel.BootFailed)]
    public async Task Nothing_is_installed_unless_Umbraco_runs(RuntimeLevel level)
    {
        var schema = new FakeSchema();
        var handler = Handler(schema, level, ServerRole.Single);
        await handler.HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);
        Assert.False(await handler.Background);
        Assert.Equal(0, schema.Creates);
        Assert.Empty(schema.KeyValues);
    }

    [Theory]
    [InlineData(ServerRole.Single)]
    [InlineData(ServerRole.SchedulingPublisher)]
    public async Task At_Run_the_single_or_scheduling_publisher_server_installs(ServerRole role)
    {
        var schema = new FakeSchema();
        var handler = Handler(schema, RuntimeLevel.Run, role);
        await handler.HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);
        Assert.True(await handler.Background);
        Assert.Contains(ContentTypes.PolicyDocument, schema.ContentTypes.Keys);
    }

    [Fact]
    public async Task Where_Umbraco_runs_no_schema_migrations_of_packages_the_model_is_not_installed()
    {
        // Umbraco Deploy / Cloud environments that receive schema by deployment switch package schema migrations off.
        var schema = new FakeSchema();
        var handler = Handler(schema, RuntimeLevel.Run, new PackageMigrationSettings { RunSchemaAndContentMigrations = false }, ServerRole.Single);
        await handler.HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);
        Assert.False(await handler.Background);
        Assert.Equal(0, schema.Creates);
        Assert.True(new PackageMigrationSettings().RunSchemaAndContentMigrations); // on by default: installed as before
    }

    [Fact]
    public async Task A_subscriber_server_installs_nothing()
    {
        var schema = new FakeSchema();
        var handler = Handler(schema, RuntimeLevel.Run, ServerRole.Subscriber);
        await handler.HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);
        Assert.False(await handler.Background);
        Assert.Equal(0, schema.Creates);
    }

    [Fact]
    public async Task The_handler_waits_for_the_election_when_the_role_is_still_unknown()
    {
        var schema = new FakeSchema();
        Assert.True(await Handler(schema, RuntimeLevel.Run, ServerRole.Unknown, ServerRole.Unknown, ServerRole.Single).RunWhenElectedAsync(CancellationToken.None));
        Assert.Contains(ContentTypes.PolicyDocument, schema.ContentTypes.Keys);

        var never = new FakeSchema();
        Assert.False(await Handler(never, RuntimeLevel.Run, ServerRole.Unknown, ServerRole.Unknown, ServerRole.Unknown, ServerRole.Unknown, ServerRole.Unknown, ServerRole.Unknown).RunWhenElectedAsync(CancellationToken.None));
        Assert.Equal(0, never.Creates);
    }
}
