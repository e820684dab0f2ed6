using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Postgres;

/// <summary>The media library's own fields: kind, size, focal point, alt text, who uploaded what, video references, and a hash index for duplicates.</summary>
[DbContext(typeof(PostgresCampaignDbContext))]
[Migration("20261123000000_Media")]
public sealed class Media : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.Sql("""
            ALTER TABLE media ADD "Kind" character varying(10) NOT NULL DEFAULT 'image';
            UPDATE media SET "Kind" = 'document' WHERE "ContentType" = 'application/pdf';
            ALTER TABLE media ALTER COLUMN "Kind" DROP DEFAULT;
            ALTER TABLE media ADD "FocalX" double precision NOT NULL DEFAULT 0.5;
            ALTER TABLE media ALTER COLUMN "FocalX" DROP DEFAULT;
            ALTER TABLE media ADD "FocalY" double precision NOT NULL DEFAULT 0.5;
            ALTER TABLE media ALTER COLUMN "FocalY" DROP DEFAULT;
            """);
        b.AddColumn<int>("Width", "media", "integer", nullable: true);
        b.AddColumn<int>("Height", "media", "integer", nullable: true);
        b.AddColumn<string>("AltZh", "media", "character varying(500)", maxLength: 500, nullable: true);
        b.AddColumn<string>("AltEn", "media", "character varying(500)", maxLength: 500, nullable: true);
        b.AddColumn<string>("OriginalName", "media", "character varying(260)", maxLength: 260, nullable: true);
        b.AddColumn<string>("UploadedBy", "media", "character varying(100)", maxLength: 100, nullable: true);
        b.AddColumn<string>("VideoUrl", "media", "character varying(500)", maxLength: 500, nullable: true);
        b.AddColumn<int>("DurationSeconds", "media", "integer", nullable: true);
        b.AddColumn<string>("PosterPath", "media", "character varying(140)", maxLength: 140, nullable: true);
        b.CreateIndex("IX_media_Sha256", "media", "Sha256");
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropIndex("IX_media_Sha256", "media");
        foreach (var column in new[] { "Kind", "FocalX", "FocalY", "Width", "Height", "AltZh", "AltEn", "OriginalName", "UploadedBy", "VideoUrl", "DurationSeconds", "PosterPath" })
            b.DropColumn(column, "media");
    }
}
