using Ctg.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TestPlugins.BrokenMigration;

/// <summary>A plugin whose only migration cannot run.</summary>
public sealed class BrokenMigrationModule : CtgModule<BrokenDbContext>
{
    public override ModuleManifest Manifest { get; } =
        new("essai-migration", "Essai : migration en erreur", "1.0.0", "Sa migration contient une instruction invalide.", []);
}

public sealed class BrokenDbContext(DbContextOptions<BrokenDbContext> options) : ModuleDbContext(options)
{
    protected override string TablePrefix => "Essai_";

    // Hand-written migration, no model snapshot: the model check must not hide the failure under test.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}

[DbContext(typeof(BrokenDbContext))]
[Migration("20260101000000_Initial")]
public sealed class Initial : Migration
{
    public const string Statement = "THIS IS NOT SQL";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Essai_Elements",
            columns: table => new { Id = table.Column<int>(type: "INTEGER", nullable: false) },
            constraints: table => table.PrimaryKey("PK_Essai_Elements", x => x.Id));
        migrationBuilder.Sql(Statement);
    }
}
