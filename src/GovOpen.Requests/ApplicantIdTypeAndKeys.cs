using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

/// <summary>
/// Adds the applicant's 证件类型 and the register's keys. Provider-neutral like <see cref="InitialRequests"/>.
/// </summary>
[DbContext(typeof(RequestDbContext))]
[Migration("20261202000000_ApplicantIdTypeAndKeys")]
public sealed class ApplicantIdTypeAndKeys : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("IdType", "GovApplicants", maxLength: 32, nullable: true);
        m.CreateTable("GovRequestKeys", t => new
        {
            Name = t.Column<string>(maxLength: 32, nullable: false),
            Value = t.Column<string>(maxLength: 128, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GovRequestKeys", x => x.Name));
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("GovRequestKeys");
        m.DropColumn("IdType", "GovApplicants");
    }
}
