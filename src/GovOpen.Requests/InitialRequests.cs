using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

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
