using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

/// <summary>Adds the 意见征集 comments table. Provider-neutral like <see cref="InitialRequests"/>.</summary>
[DbContext(typeof(RequestDbContext))]
[Migration("20261204000000_ConsultationComments")]
public sealed class ConsultationComments : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("GovConsultationComments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 32, nullable: false),
            ConsultationId = t.Column<string>(maxLength: 100, nullable: false),
            ClientToken = t.Column<string>(maxLength: 64, nullable: false),
            Text = t.Column<string>(maxLength: GovOpen.Core.Consultations.CommentRules.MaxText, nullable: false),
            Clause = t.Column<string>(maxLength: 100, nullable: true),
            Name = t.Column<string>(maxLength: 100, nullable: true),
            Contact = t.Column<string>(maxLength: 200, nullable: true),
            PublishConsent = t.Column<bool>(nullable: false),
            ReceivedAt = t.Column<DateTime>(nullable: false),
            Status = t.Column<int>(nullable: false),
            ModerationReason = t.Column<string>(maxLength: 500, nullable: true),
            ModeratedBy = t.Column<string>(maxLength: 200, nullable: true),
            ModeratedAt = t.Column<DateTime>(nullable: true),
            Adoption = t.Column<int>(nullable: false),
            Topic = t.Column<string>(maxLength: 100, nullable: true),
            AdoptionNote = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_GovConsultationComments", x => x.Id));
        m.CreateIndex("IX_GovConsultationComments_Number", "GovConsultationComments", "Number", unique: true);
        m.CreateIndex("IX_GovConsultationComments_ClientToken", "GovConsultationComments", "ClientToken", unique: true);
        m.CreateIndex("IX_GovConsultationComments_ConsultationId", "GovConsultationComments", "ConsultationId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("GovConsultationComments");
}
