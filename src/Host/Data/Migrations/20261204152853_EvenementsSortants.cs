using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvenementsSortants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Plateforme_Evenements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plateforme_Evenements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plateforme_EvenementsLivraisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subscriber = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plateforme_EvenementsLivraisons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plateforme_EvenementsLivraisons_Plateforme_Evenements_EventId",
                        column: x => x.EventId,
                        principalTable: "Plateforme_Evenements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Plateforme_EvenementsLivraisons_EventId",
                table: "Plateforme_EvenementsLivraisons",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Plateforme_EvenementsLivraisons_NextAttemptAtUtc",
                table: "Plateforme_EvenementsLivraisons",
                column: "NextAttemptAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Plateforme_EvenementsLivraisons");

            migrationBuilder.DropTable(
                name: "Plateforme_Evenements");
        }
    }
}
