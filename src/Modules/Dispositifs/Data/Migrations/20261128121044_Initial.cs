using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ctg.Modules.Dispositifs.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Dsp_Dispositifs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dsp_Dispositifs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dsp_ActionsArticulees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DispositifId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FicheNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FicheTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dsp_ActionsArticulees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dsp_ActionsArticulees_Dsp_Dispositifs_DispositifId",
                        column: x => x.DispositifId,
                        principalTable: "Dsp_Dispositifs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dsp_ActionsArticulees_DispositifId_FicheId",
                table: "Dsp_ActionsArticulees",
                columns: new[] { "DispositifId", "FicheId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dsp_ActionsArticulees");

            migrationBuilder.DropTable(
                name: "Dsp_Dispositifs");
        }
    }
}
