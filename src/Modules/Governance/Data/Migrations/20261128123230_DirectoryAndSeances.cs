using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Modules.Governance.Data.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryAndSeances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "Gov_Seances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesHtml",
                table: "Gov_Seances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesStatus",
                table: "Gov_Seances",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "Gov_Seances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Gov_Seances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VideoLink",
                table: "Gov_Seances",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomKind",
                table: "Gov_Instances",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinutesConfidential",
                table: "Gov_Instances",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Theme",
                table: "Gov_Instances",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Gov_Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_Decisions_Gov_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Gov_Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gov_FluxAgenda",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_FluxAgenda", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_FluxAgenda_Gov_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Gov_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gov_Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InseeCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gov_Personnes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Function = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Interests = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnonymisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_Personnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_Personnes_Gov_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Gov_Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Gov_Emargements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsGuest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RepresentedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_Emargements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_Emargements_Gov_Personnes_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Gov_Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Gov_Emargements_Gov_Personnes_RepresentedById",
                        column: x => x.RepresentedById,
                        principalTable: "Gov_Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Gov_Emargements_Gov_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Gov_Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gov_Membres",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_Membres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_Membres_Gov_Instances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "Gov_Instances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Gov_Membres_Gov_Personnes_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Gov_Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gov_OrdreDuJour",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PresenterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    FicheReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FicheLabel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_OrdreDuJour", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_OrdreDuJour_Gov_Personnes_PresenterId",
                        column: x => x.PresenterId,
                        principalTable: "Gov_Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Gov_OrdreDuJour_Gov_Seances_SeanceId",
                        column: x => x.SeanceId,
                        principalTable: "Gov_Seances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gov_SuitesADonner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gov_SuitesADonner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gov_SuitesADonner_Gov_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Gov_Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Gov_SuitesADonner_Gov_Personnes_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Gov_Personnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Seances_Date",
                table: "Gov_Seances",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Decisions_SeanceId_Number",
                table: "Gov_Decisions",
                columns: new[] { "SeanceId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Emargements_PersonId",
                table: "Gov_Emargements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Emargements_RepresentedById",
                table: "Gov_Emargements",
                column: "RepresentedById");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Emargements_SeanceId_PersonId",
                table: "Gov_Emargements",
                columns: new[] { "SeanceId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gov_FluxAgenda_InstanceId",
                table: "Gov_FluxAgenda",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_FluxAgenda_Token",
                table: "Gov_FluxAgenda",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Membres_InstanceId",
                table: "Gov_Membres",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Membres_PersonId",
                table: "Gov_Membres",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_OrdreDuJour_PresenterId",
                table: "Gov_OrdreDuJour",
                column: "PresenterId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_OrdreDuJour_SeanceId",
                table: "Gov_OrdreDuJour",
                column: "SeanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Organisations_Name",
                table: "Gov_Organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Personnes_LastName",
                table: "Gov_Personnes",
                column: "LastName");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Personnes_OrganisationId",
                table: "Gov_Personnes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_Personnes_UserId",
                table: "Gov_Personnes",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_SuitesADonner_DecisionId",
                table: "Gov_SuitesADonner",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_SuitesADonner_OwnerId",
                table: "Gov_SuitesADonner",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Gov_SuitesADonner_Status_DueDate",
                table: "Gov_SuitesADonner",
                columns: new[] { "Status", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Gov_Emargements");

            migrationBuilder.DropTable(
                name: "Gov_FluxAgenda");

            migrationBuilder.DropTable(
                name: "Gov_Membres");

            migrationBuilder.DropTable(
                name: "Gov_OrdreDuJour");

            migrationBuilder.DropTable(
                name: "Gov_SuitesADonner");

            migrationBuilder.DropTable(
                name: "Gov_Decisions");

            migrationBuilder.DropTable(
                name: "Gov_Personnes");

            migrationBuilder.DropTable(
                name: "Gov_Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Gov_Seances_Date",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "EndTime",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "MinutesHtml",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "MinutesStatus",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "StartTime",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "VideoLink",
                table: "Gov_Seances");

            migrationBuilder.DropColumn(
                name: "CustomKind",
                table: "Gov_Instances");

            migrationBuilder.DropColumn(
                name: "MinutesConfidential",
                table: "Gov_Instances");

            migrationBuilder.DropColumn(
                name: "Theme",
                table: "Gov_Instances");
        }
    }
}
