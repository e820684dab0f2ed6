using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignSite.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Editorial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VersionId",
                table: "schedules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_failures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ForgetUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_failures", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "sign_offs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StepIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Signer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Checks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_offs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sign_offs_document_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "document_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_sign_offs_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "terms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Wrong = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Right = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "release_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReleaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_release_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_release_items_document_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "document_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_release_items_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_release_items_releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_release_items_DocumentId",
                table: "release_items",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_release_items_ReleaseId_DocumentId",
                table: "release_items",
                columns: new[] { "ReleaseId", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_release_items_VersionId",
                table: "release_items",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_releases_PublishedUtc_ScheduledUtc",
                table: "releases",
                columns: new[] { "PublishedUtc", "ScheduledUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_in_failures_ForgetUtc",
                table: "sign_in_failures",
                column: "ForgetUtc");

            migrationBuilder.CreateIndex(
                name: "IX_sign_offs_DocumentId_VersionId",
                table: "sign_offs",
                columns: new[] { "DocumentId", "VersionId" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_offs_VersionId",
                table: "sign_offs",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_terms_Wrong",
                table: "terms",
                column: "Wrong",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "release_items");

            migrationBuilder.DropTable(
                name: "sign_in_failures");

            migrationBuilder.DropTable(
                name: "sign_offs");

            migrationBuilder.DropTable(
                name: "terms");

            migrationBuilder.DropTable(
                name: "releases");

            migrationBuilder.DropColumn(
                name: "VersionId",
                table: "schedules");
        }
    }
}
