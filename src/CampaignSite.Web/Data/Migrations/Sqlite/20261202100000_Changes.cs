using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>The change log every process follows, and the secrets every node shares (the image-signing key).</summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261202100000_Changes")]
public sealed class Changes : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        CREATE TABLE "changes" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_changes" PRIMARY KEY AUTOINCREMENT,
            "AtUtc" TEXT NOT NULL,
            "Kind" TEXT NOT NULL,
            "DocumentId" INTEGER NULL,
            "Type" TEXT NULL,
            "OldSlug" TEXT NULL,
            "NewSlug" TEXT NULL,
            "Cultures" TEXT NULL,
            "MediaPath" TEXT NULL
        );
        CREATE INDEX "IX_changes_AtUtc" ON "changes" ("AtUtc");
        CREATE TABLE "secrets" (
            "Name" TEXT NOT NULL CONSTRAINT "PK_secrets" PRIMARY KEY,
            "Value" TEXT NOT NULL,
            "CreatedUtc" TEXT NOT NULL
        );
        """);

    protected override void Down(MigrationBuilder b) => b.Sql("""DROP TABLE "changes"; DROP TABLE "secrets";""");
}
