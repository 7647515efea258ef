using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GovOpen.Requests;

/// <summary>
/// Adds the number counters (one row per prefix, e.g. <c>YSQ-2026-</c>). Provider-neutral like
/// <see cref="InitialRequests"/>. The rows are created on first use, seeded from the highest number already
/// registered with that prefix, so a register numbered before this migration continues where it stopped.
/// </summary>
[DbContext(typeof(RequestDbContext))]
[Migration("20261201000000_RequestCounters")]
public sealed class RequestCounters : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("GovRequestCounters", t => new
        {
            Prefix = t.Column<string>(maxLength: 32, nullable: false),
            Last = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_GovRequestCounters", x => x.Prefix));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("GovRequestCounters");
}
