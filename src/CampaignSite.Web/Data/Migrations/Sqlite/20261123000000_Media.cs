using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>
/// The media library's own fields: kind, size, focal point, alt text, who uploaded what, video references, and a
/// hash index for duplicates. SQLite's ADD COLUMN would leave a table definition that differs from
/// the model's, so the table is rebuilt (as EF rebuilds SQLite tables) and the rows copied.
/// </summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261123000000_Media")]
public sealed class Media : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.Sql("""
            CREATE TABLE "ef_temp_media" (
                "Path" TEXT NOT NULL CONSTRAINT "PK_media" PRIMARY KEY,
                "ContentType" TEXT NOT NULL,
                "Length" INTEGER NOT NULL,
                "Sha256" TEXT NOT NULL,
                "CreatedUtc" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "Width" INTEGER NULL,
                "Height" INTEGER NULL,
                "FocalX" REAL NOT NULL,
                "FocalY" REAL NOT NULL,
                "AltZh" TEXT NULL,
                "AltEn" TEXT NULL,
                "OriginalName" TEXT NULL,
                "UploadedBy" TEXT NULL,
                "VideoUrl" TEXT NULL,
                "DurationSeconds" INTEGER NULL,
                "PosterPath" TEXT NULL
            );
            INSERT INTO "ef_temp_media" ("Path", "ContentType", "Length", "Sha256", "CreatedUtc", "Kind", "FocalX", "FocalY")
            SELECT "Path", "ContentType", "Length", "Sha256", "CreatedUtc",
                   CASE WHEN "ContentType" = 'application/pdf' THEN 'document' ELSE 'image' END, 0.5, 0.5
            FROM "media";
            DROP TABLE "media";
            ALTER TABLE "ef_temp_media" RENAME TO "media";
            """);
        b.CreateIndex("IX_media_Sha256", "media", "Sha256");
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropIndex("IX_media_Sha256", "media");
        foreach (var column in new[] { "Kind", "Width", "Height", "FocalX", "FocalY", "AltZh", "AltEn", "OriginalName", "UploadedBy", "VideoUrl", "DurationSeconds", "PosterPath" })
            b.DropColumn(column, "media");
    }
}
