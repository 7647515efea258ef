using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovOpen.Requests;

public sealed class RequestDbContext(DbContextOptions<RequestDbContext> options) : DbContext(options)
{
    public DbSet<RequestRecord> Requests => Set<RequestRecord>();
    public DbSet<ApplicantRecord> Applicants => Set<ApplicantRecord>();
    public DbSet<RequestEventRecord> Events => Set<RequestEventRecord>();
    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();
    public DbSet<RequestCounterRecord> Counters => Set<RequestCounterRecord>();
    public DbSet<RequestKeyRecord> Keys => Set<RequestKeyRecord>();
    public DbSet<CommentRecord> Comments => Set<CommentRecord>();

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
            e.Property(x => x.IdType).HasMaxLength(32);
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
        b.Entity<RequestCounterRecord>(e =>
        {
            e.ToTable("GovRequestCounters");
            e.HasKey(x => x.Prefix);
            e.Property(x => x.Prefix).HasMaxLength(32);
        });
        b.Entity<CommentRecord>(e =>
        {
            e.ToTable("GovConsultationComments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ClientToken).IsUnique();
            e.HasIndex(x => x.ConsultationId);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.ConsultationId).HasMaxLength(100);
            e.Property(x => x.ClientToken).HasMaxLength(64);
            e.Property(x => x.Text).HasMaxLength(GovOpen.Core.Consultations.CommentRules.MaxText);
            e.Property(x => x.Clause).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Contact).HasMaxLength(200);
            e.Property(x => x.ModerationReason).HasMaxLength(500);
            e.Property(x => x.ModeratedBy).HasMaxLength(200);
            e.Property(x => x.Topic).HasMaxLength(100);
            e.Property(x => x.AdoptionNote).HasMaxLength(1000);
        });
        b.Entity<RequestKeyRecord>(e =>
        {
            e.ToTable("GovRequestKeys");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(32);
            e.Property(x => x.Value).HasMaxLength(128);
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
