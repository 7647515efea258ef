using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

/// <summary>
/// Adds which 行政复议/行政诉讼 an event is about and how it ended (the annual report's part 四). Provider-neutral
/// like <see cref="InitialRequests"/>; both columns are nullable, so existing events read as before.
/// </summary>
[DbContext(typeof(RequestDbContext))]
[Migration("20261203000000_RequestProceedings")]
public sealed class RequestProceedings : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Proceeding", "GovRequestEvents", nullable: true);
        m.AddColumn<int>("ProceedingResult", "GovRequestEvents", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("ProceedingResult", "GovRequestEvents");
        m.DropColumn("Proceeding", "GovRequestEvents");
    }
}
