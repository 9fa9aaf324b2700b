using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Modules.Methodology.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlansFichesOrientations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CreatedAt",
                table: "Met_FichesActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "DecisionAwaited",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Diagnostic",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EluReferent",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExpectedResults",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Implementation",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicatorsText",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Means",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Meteo",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OperationalObjectives",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherInformation",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Pilote",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PiloteUserId",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Priority",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Normale");

            migrationBuilder.AddColumn<int>(
                name: "Progress",
                table: "Met_FichesActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Services",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetAudience",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Theme",
                table: "Met_FichesActions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "Met_FichesActions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Met_Briefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Perimeter = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PerimeterLabel = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_Briefs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Met_DemandesAppui",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequesterKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequesterOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HoursSpent = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_DemandesAppui", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FicheChanges_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheCommunes",
                columns: table => new
                {
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InseeCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheCommunes", x => new { x.FicheId, x.InseeCode });
                    table.ForeignKey(
                        name: "FK_Met_FicheCommunes_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheFinancements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Funder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheFinancements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FicheFinancements_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheIndicateurs",
                columns: table => new
                {
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheIndicateurs", x => new { x.FicheId, x.Reference });
                    table.ForeignKey(
                        name: "FK_Met_FicheIndicateurs_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheJalons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheJalons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FicheJalons_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheMissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheMissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FicheMissions_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FicheNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FicheNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FicheNotes_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_FichePartenaires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganisationReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_FichePartenaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_FichePartenaires_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_Orientations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionLabel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_Orientations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Met_Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DispositifReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DispositifName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LevelLabels = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Met_BriefFicheStates",
                columns: table => new
                {
                    BriefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Meteo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_BriefFicheStates", x => new { x.BriefId, x.FicheId });
                    table.ForeignKey(
                        name: "FK_Met_BriefFicheStates_Met_Briefs_BriefId",
                        column: x => x.BriefId,
                        principalTable: "Met_Briefs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_DemandeFiches",
                columns: table => new
                {
                    DemandeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_DemandeFiches", x => new { x.DemandeId, x.FicheId });
                    table.ForeignKey(
                        name: "FK_Met_DemandeFiches_Met_DemandesAppui_DemandeId",
                        column: x => x.DemandeId,
                        principalTable: "Met_DemandesAppui",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Met_DemandeFiches_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_OrientationFiches",
                columns: table => new
                {
                    OrientationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_OrientationFiches", x => new { x.OrientationId, x.FicheId });
                    table.ForeignKey(
                        name: "FK_Met_OrientationFiches_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Met_OrientationFiches_Met_Orientations_OrientationId",
                        column: x => x.OrientationId,
                        principalTable: "Met_Orientations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_PlanNodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_PlanNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Met_PlanNodes_Met_PlanNodes_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Met_PlanNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Met_PlanNodes_Met_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Met_Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Met_PlanFiches",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Met_PlanFiches", x => new { x.PlanId, x.FicheId });
                    table.ForeignKey(
                        name: "FK_Met_PlanFiches_Met_FichesActions_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Met_FichesActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Met_PlanFiches_Met_PlanNodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "Met_PlanNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Met_PlanFiches_Met_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Met_Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Met_FichesActions_PiloteUserId",
                table: "Met_FichesActions",
                column: "PiloteUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_DemandeFiches_FicheId",
                table: "Met_DemandeFiches",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheChanges_FicheId_At",
                table: "Met_FicheChanges",
                columns: new[] { "FicheId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheFinancements_FicheId",
                table: "Met_FicheFinancements",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheJalons_DueOn",
                table: "Met_FicheJalons",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheJalons_FicheId",
                table: "Met_FicheJalons",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheMissions_FicheId",
                table: "Met_FicheMissions",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FicheNotes_FicheId",
                table: "Met_FicheNotes",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_FichePartenaires_FicheId",
                table: "Met_FichePartenaires",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_OrientationFiches_FicheId",
                table: "Met_OrientationFiches",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_PlanFiches_FicheId",
                table: "Met_PlanFiches",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_PlanFiches_NodeId",
                table: "Met_PlanFiches",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_PlanNodes_ParentId",
                table: "Met_PlanNodes",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Met_PlanNodes_PlanId",
                table: "Met_PlanNodes",
                column: "PlanId");
        
            // Fiches of the first version: dated by the migration, so that "not updated for N months" starts now.
            var now = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow);
            migrationBuilder.Sql($"UPDATE Met_FichesActions SET CreatedAt = {now}, UpdatedAt = {now} WHERE CreatedAt = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Met_BriefFicheStates");

            migrationBuilder.DropTable(
                name: "Met_DemandeFiches");

            migrationBuilder.DropTable(
                name: "Met_FicheChanges");

            migrationBuilder.DropTable(
                name: "Met_FicheCommunes");

            migrationBuilder.DropTable(
                name: "Met_FicheFinancements");

            migrationBuilder.DropTable(
                name: "Met_FicheIndicateurs");

            migrationBuilder.DropTable(
                name: "Met_FicheJalons");

            migrationBuilder.DropTable(
                name: "Met_FicheMissions");

            migrationBuilder.DropTable(
                name: "Met_FicheNotes");

            migrationBuilder.DropTable(
                name: "Met_FichePartenaires");

            migrationBuilder.DropTable(
                name: "Met_OrientationFiches");

            migrationBuilder.DropTable(
                name: "Met_PlanFiches");

            migrationBuilder.DropTable(
                name: "Met_Briefs");

            migrationBuilder.DropTable(
                name: "Met_DemandesAppui");

            migrationBuilder.DropTable(
                name: "Met_Orientations");

            migrationBuilder.DropTable(
                name: "Met_PlanNodes");

            migrationBuilder.DropTable(
                name: "Met_Plans");

            migrationBuilder.DropIndex(
                name: "IX_Met_FichesActions_PiloteUserId",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "DecisionAwaited",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Diagnostic",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "EluReferent",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "ExpectedResults",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Implementation",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "IndicatorsText",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Means",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Meteo",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "OperationalObjectives",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "OtherInformation",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Pilote",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "PiloteUserId",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Services",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "TargetAudience",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "Theme",
                table: "Met_FichesActions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Met_FichesActions");
        }
    }
}
