using GovOpen.Core.Calendar;
using GovOpen.Requests;
using GovOpen.Umbraco.Composing;
using GovOpen.Umbraco.Requests;
using GovOpen.Umbraco.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Moq;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Extensions;
using Umbraco.Extensions;
using UmbConstants = Umbraco.Cms.Core.Constants;

namespace GovOpen.Umbraco.Tests;

/// <summary>Where a server keeps its search indexes and which database holds the request register.</summary>
public sealed class ClusterStorageTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Left_at_the_default_the_indexes_live_in_local_temp_per_application()
    {
        var a = GovOpenSearch.IndexRoot(GovOpenSearch.DefaultIndexPath, "/srv/site", "site");
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "GovOpenIndexes"), a);
        // Examine's temp factory hashes SiteName::ApplicationId; Core's application id is the content root's hash.
        Assert.Equal(("site::" + "/srv/site".GenerateHash()).GenerateHash(), Path.GetFileName(a));
        Assert.Equal(a, GovOpenSearch.IndexRoot(GovOpenSearch.DefaultIndexPath, "/srv/site", "site"));
        Assert.NotEqual(a, GovOpenSearch.IndexRoot(GovOpenSearch.DefaultIndexPath, "/srv/other", "site"));
        Assert.NotEqual(a, GovOpenSearch.IndexRoot(GovOpenSearch.DefaultIndexPath, "/srv/site", "other-site"));
        // A configured path is used as given.
        Assert.Equal(Path.Combine("/srv/site", "idx"), GovOpenSearch.IndexRoot("idx", "/srv/site", "site"));
        Assert.Equal("/data/idx", GovOpenSearch.IndexRoot("/data/idx", "/srv/site", "site"));
    }

    [Fact]
    public void Umbraco_hashes_strings_with_SHA1_hex_and_derives_the_temporary_application_id_from_the_content_root()
    {
        Assert.Equal("x::y".GenerateHash(), "x::y".GenerateHash());
        Assert.Matches("^[0-9a-fA-F]{40}$", "x::y".GenerateHash());
        Assert.NotEqual("/srv/a".GenerateHash(), "/srv/b".GenerateHash());
        // GetTemporaryApplicationId caches its first value for the process; it is ContentRootPath.GenerateHash().
        var env = new Mock<IHostEnvironment>();
        env.Setup(e => e.ContentRootPath).Returns("/srv/a");
        var id = env.Object.GetTemporaryApplicationId();
        Assert.Matches("^[0-9a-fA-F]{40}$", id);
    }

    [Fact]
    public void Umbraco_names_its_connection_string_umbracoDbDSN_with_a_ProviderName_sibling()
    {
        Assert.Equal("umbracoDbDSN", UmbConstants.System.UmbracoConnectionName);
        Assert.Equal("_ProviderName", ConnectionStrings.ProviderNamePostfix);
        Assert.Equal("Microsoft.Data.SqlClient", ConnectionStrings.DefaultProviderName);
        var cs = Config(("ConnectionStrings:umbracoDbDSN", "Server=db;Database=umb"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.SqlClient"))
            .GetUmbracoConnectionString(out var provider);
        Assert.Equal("Server=db;Database=umb", cs);
        Assert.Equal("Microsoft.Data.SqlClient", provider);
    }

    [Theory]
    [InlineData("Microsoft.Data.SqlClient", "sqlserver")]
    [InlineData("Microsoft.Data.Sqlite", "sqlite")]
    [InlineData("Npgsql", "postgres")]
    public void Without_its_own_connection_the_register_uses_Umbracos_database(string umbracoProvider, string registerProvider)
    {
        var config = Config(("ConnectionStrings:umbracoDbDSN", "Data Source=|DataDirectory|/Umbraco.sqlite.db"), ("ConnectionStrings:umbracoDbDSN_ProviderName", umbracoProvider));
        var (provider, cs) = RequestRegistration.RegisterConnection(new GovOpenOptions.RequestRegisterOptions(), config, "/srv/site");
        Assert.Equal(registerProvider, provider);
        Assert.Equal($"Data Source={Path.Combine("/srv/site", "umbraco", "Data")}/Umbraco.sqlite.db", cs);
    }

    [Fact]
    public void A_configured_connection_wins_and_no_connection_anywhere_means_the_SQLite_file()
    {
        var umbraco = Config(("ConnectionStrings:umbracoDbDSN", "Server=db;Database=umb"));
        Assert.Equal(("postgres", "Host=pg"), RequestRegistration.RegisterConnection(new() { Provider = "postgres", ConnectionString = "Host=pg" }, umbraco, "/srv"));
        // No provider name: Umbraco's default provider (SQL Server).
        Assert.Equal(("sqlserver", "Server=db;Database=umb"), RequestRegistration.RegisterConnection(new(), umbraco, "/srv"));
        // Before install Umbraco has no connection string: the register's own SQLite file.
        Assert.Equal(("sqlite", (string?)null), RequestRegistration.RegisterConnection(new(), Config(), "/srv"));
        // A provider the register does not support: the SQLite file, not a wrong driver.
        Assert.Equal(("sqlite", (string?)null), RequestRegistration.RegisterConnection(new(), Config(("ConnectionStrings:umbracoDbDSN", "x"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "MySqlConnector")), "/srv"));
        // An explicit provider without a connection string stays an error GovOpenSettings reports.
        Assert.Equal(("postgres", (string?)null), RequestRegistration.RegisterConnection(new() { Provider = "postgres" }, umbraco, "/srv"));
    }

    [Fact]
    public async Task The_back_office_and_the_site_share_one_register_in_Umbracos_SQLite_database()
    {
        var root = Directory.CreateTempSubdirectory("govopen-umb-db").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "umbraco", "Data"));
            var config = Config(("ConnectionStrings:umbracoDbDSN", "Data Source=|DataDirectory|/Umbraco.sqlite.db;Pooling=False"), ("ConnectionStrings:umbracoDbDSN_ProviderName", "Microsoft.Data.Sqlite"));
            var (provider, cs) = RequestRegistration.RegisterConnection(new(), config, root);
            var clock = new FixedClock(new DateOnly(2026, 3, 2));
            // The back office (plugin) and the citizen site configured with the same connection: one register.
            await using var backOffice = new RequestDbContext(RequestDbContext.Options(provider, cs!));
            await using var site = new RequestDbContext(RequestDbContext.Options("sqlite", $"Data Source={Path.Combine(root, "umbraco", "Data", "Umbraco.sqlite.db")};Pooling=False"));
            await new RequestStore(backOffice, WorkCalendar.Embedded, clock).MigrateAsync();
            await new RequestStore(site, WorkCalendar.Embedded, clock).MigrateAsync();
            var submitted = await new RequestStore(site, WorkCalendar.Embedded, clock).SubmitAsync(new()
            {
                ClientToken = "shared-1", ApplicantType = GovOpen.Core.Requests.ApplicantType.NaturalPerson, Name = "张某", IdType = GovOpen.Core.Requests.IdDocumentType.ResidentIdCard, IdNumber = "11010519491231002X", Contact = "13800000000", Description = "示例市道路维修资金",
            });
            Assert.NotNull(await new RequestStore(backOffice, WorkCalendar.Embedded, clock).LedgerAsync(submitted.Number));
            Assert.True(File.Exists(Path.Combine(root, "umbraco", "Data", "Umbraco.sqlite.db")));
            Assert.False(File.Exists(Path.Combine(root, "umbraco", "Data", "GovOpen", "requests.db")));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
