using GovOpen.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

/// <summary>A registered request. Applicant identity lives in <see cref="ApplicantRecord"/> so it can be exported and erased alone.</summary>
public sealed class RequestRecord
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public string QueryCodeHash { get; set; } = "";
    public string ClientToken { get; set; } = "";
    public ApplicantType ApplicantType { get; set; }
    public RequestChannel Channel { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string Description { get; set; } = "";
    public string? Purpose { get; set; }
    public string PreferredForm { get; set; } = "";
    public string Delivery { get; set; } = "";
    public Guid? ApplicantId { get; set; }
    public ApplicantRecord? Applicant { get; set; }
    public List<RequestEventRecord> Events { get; set; } = [];
    public List<AttachmentRecord> Attachments { get; set; } = [];
}

/// <summary>Personal data (条例 art. 29): the minimum the form requires.</summary>
public sealed class ApplicantRecord
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? IdNumber { get; set; }
    public string? Organization { get; set; }
    public string? CreditCode { get; set; }
    public string Contact { get; set; } = "";
    public string? Address { get; set; }
    public bool Erased { get; set; }
}

public sealed class RequestEventRecord
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public int Seq { get; set; }
    public RequestEventKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
    public RequestOutcome? Outcome { get; set; }
    public int? WorkingDays { get; set; }
    public DateOnly? Until { get; set; }
    public RequestChannel? Channel { get; set; }
}

public sealed class AttachmentRecord
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}

public sealed class RequestDbContext(DbContextOptions<RequestDbContext> options) : DbContext(options)
{
    public DbSet<RequestRecord> Requests => Set<RequestRecord>();
    public DbSet<ApplicantRecord> Applicants => Set<ApplicantRecord>();
    public DbSet<RequestEventRecord> Events => Set<RequestEventRecord>();
    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<RequestRecord>(e =>
        {
            e.ToTable("GovRequests");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ClientToken).IsUnique();
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.QueryCodeHash).HasMaxLength(64);
            e.Property(x => x.ClientToken).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(RequestStore.MaxDescription);
            e.Property(x => x.Purpose).HasMaxLength(RequestStore.MaxShortText);
            e.Property(x => x.PreferredForm).HasMaxLength(32);
            e.Property(x => x.Delivery).HasMaxLength(32);
            e.HasOne(x => x.Applicant).WithMany().HasForeignKey(x => x.ApplicantId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ApplicantRecord>(e =>
        {
            e.ToTable("GovApplicants");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(RequestStore.MaxShortText);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Organization).HasMaxLength(RequestStore.MaxShortText);
            e.Property(x => x.CreditCode).HasMaxLength(32);
            e.Property(x => x.Contact).HasMaxLength(RequestStore.MaxShortText);
            e.Property(x => x.Address).HasMaxLength(RequestStore.MaxShortText);
        });
        b.Entity<RequestEventRecord>(e =>
        {
            e.ToTable("GovRequestEvents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.RequestId, x.Seq }).IsUnique();
            e.Property(x => x.Note).HasMaxLength(RequestStore.MaxDescription);
        });
        b.Entity<AttachmentRecord>(e =>
        {
            e.ToTable("GovRequestAttachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(RequestStore.MaxShortText);
            e.Property(x => x.ContentType).HasMaxLength(100);
        });
    }

    public static readonly IReadOnlyList<string> Providers = ["sqlite", "postgres", "sqlserver"];

    /// <summary>Problems with the register's settings under <paramref name="section"/>, each naming its key.</summary>
    public static IEnumerable<string> CheckSettings(string section, string provider, string? connectionString)
    {
        if (!Providers.Contains(provider))
        {
            yield return $"{section}:Provider must be sqlite, postgres or sqlserver, not '{provider}'.";
        }
        if (provider != "sqlite" && string.IsNullOrWhiteSpace(connectionString))
        {
            yield return $"{section}:ConnectionString is required for postgres and sqlserver.";
        }
    }

    /// <summary>The options for a provider name and connection string (the same migration serves all three).</summary>
    public static DbContextOptions<RequestDbContext> Options(string provider, string connectionString)
    {
        var b = new DbContextOptionsBuilder<RequestDbContext>();
        _ = provider switch
        {
            "sqlite" => b.UseSqlite(connectionString),
            "postgres" or "postgresql" => b.UseNpgsql(connectionString),
            "sqlserver" => b.UseSqlServer(connectionString),
            _ => throw new ArgumentException($"GovOpen:Requests:Provider must be sqlite, postgres or sqlserver, not '{provider}'."),
        };
        // The migration is written by hand and provider-neutral (column types come from each provider); there is no
        // generated snapshot, so the pending-model check does not apply.
        b.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return b.Options;
    }
}

/// <summary>
/// The one migration for SQLite, PostgreSQL and SQL Server: column types are left to each provider (no
/// provider-specific SQL), so the same migration applies everywhere.
/// </summary>
[DbContext(typeof(RequestDbContext))]
[Migration("20261123000000_InitialRequests")]
public sealed class InitialRequests : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("GovApplicants", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: false),
            IdNumber = t.Column<string>(maxLength: 32, nullable: true),
            Organization = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: true),
            CreditCode = t.Column<string>(maxLength: 32, nullable: true),
            Contact = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: false),
            Address = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: true),
            Erased = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GovApplicants", x => x.Id));
        m.CreateTable("GovRequests", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 32, nullable: false),
            QueryCodeHash = t.Column<string>(maxLength: 64, nullable: false),
            ClientToken = t.Column<string>(maxLength: 64, nullable: false),
            ApplicantType = t.Column<int>(nullable: false),
            Channel = t.Column<int>(nullable: false),
            SubmittedAt = t.Column<DateTime>(nullable: false),
            Description = t.Column<string>(maxLength: RequestStore.MaxDescription, nullable: false),
            Purpose = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: true),
            PreferredForm = t.Column<string>(maxLength: 32, nullable: false),
            Delivery = t.Column<string>(maxLength: 32, nullable: false),
            ApplicantId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_GovRequests", x => x.Id);
            t.ForeignKey("FK_GovRequests_GovApplicants_ApplicantId", x => x.ApplicantId, "GovApplicants", "Id", onDelete: ReferentialAction.SetNull);
        });
        m.CreateTable("GovRequestEvents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            RequestId = t.Column<Guid>(nullable: false),
            Seq = t.Column<int>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            Note = t.Column<string>(maxLength: RequestStore.MaxDescription, nullable: true),
            Outcome = t.Column<int>(nullable: true),
            WorkingDays = t.Column<int>(nullable: true),
            Until = t.Column<DateOnly>(nullable: true),
            Channel = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_GovRequestEvents", x => x.Id);
            t.ForeignKey("FK_GovRequestEvents_GovRequests_RequestId", x => x.RequestId, "GovRequests", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateTable("GovRequestAttachments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            RequestId = t.Column<Guid>(nullable: false),
            FileName = t.Column<string>(maxLength: RequestStore.MaxShortText, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Size = t.Column<long>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_GovRequestAttachments", x => x.Id);
            t.ForeignKey("FK_GovRequestAttachments_GovRequests_RequestId", x => x.RequestId, "GovRequests", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_GovRequests_Number", "GovRequests", "Number", unique: true);
        m.CreateIndex("IX_GovRequests_ClientToken", "GovRequests", "ClientToken", unique: true);
        m.CreateIndex("IX_GovRequests_ApplicantId", "GovRequests", "ApplicantId");
        m.CreateIndex("IX_GovRequestEvents_RequestId_Seq", "GovRequestEvents", ["RequestId", "Seq"], unique: true);
        m.CreateIndex("IX_GovRequestAttachments_RequestId", "GovRequestAttachments", "RequestId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("GovRequestAttachments");
        m.DropTable("GovRequestEvents");
        m.DropTable("GovRequests");
        m.DropTable("GovApplicants");
    }
}
