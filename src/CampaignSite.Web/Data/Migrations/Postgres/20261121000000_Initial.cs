using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Postgres;

// Written by hand: the EF design-time tools are not available to this project. A test
// (MigrationsTests) proves the migrated schema equals the one the model creates.
[DbContext(typeof(PostgresCampaignDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("documents", t => new
        {
            Id = t.Column<int>("integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            Type = t.Column<string>("character varying(20)", maxLength: 20, nullable: false),
            Slug = t.Column<string>("character varying(80)", maxLength: 80, nullable: false),
            CreatedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
            UpdatedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
            LatestVersion = t.Column<int>("integer", nullable: false),
            PublishedVersionId = t.Column<int>("integer", nullable: true),
            ConcurrencyStamp = t.Column<Guid>("uuid", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_documents", x => x.Id));

        b.CreateTable("media", t => new
        {
            Path = t.Column<string>("character varying(140)", maxLength: 140, nullable: false),
            ContentType = t.Column<string>("character varying(60)", maxLength: 60, nullable: false),
            Length = t.Column<long>("bigint", nullable: false),
            Sha256 = t.Column<string>("character varying(64)", maxLength: 64, nullable: false),
            CreatedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_media", x => x.Path));

        b.CreateTable("document_versions", t => new
        {
            Id = t.Column<int>("integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            DocumentId = t.Column<int>("integer", nullable: false),
            Number = t.Column<int>("integer", nullable: false),
            CreatedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
            Author = t.Column<string>("character varying(100)", maxLength: 100, nullable: false),
            Fields = t.Column<string>("text", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_document_versions", x => x.Id);
            t.ForeignKey("FK_document_versions_documents_DocumentId", x => x.DocumentId, "documents", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("published", t => new
        {
            DocumentId = t.Column<int>("integer", nullable: false),
            Culture = t.Column<string>("character varying(10)", maxLength: 10, nullable: false),
            VersionId = t.Column<int>("integer", nullable: false),
            Type = t.Column<string>("character varying(20)", maxLength: 20, nullable: false),
            Slug = t.Column<string>("character varying(80)", maxLength: 80, nullable: false),
            Title = t.Column<string>("text", nullable: false),
            Summary = t.Column<string>("text", nullable: false),
            PublishedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
            Featured = t.Column<bool>("boolean", nullable: false),
            IsFallback = t.Column<bool>("boolean", nullable: false),
            InFeeds = t.Column<bool>("boolean", nullable: false),
            Province = t.Column<string>("character varying(20)", maxLength: 20, nullable: true),
            Tasks = t.Column<string>("text", nullable: false),
            Tags = t.Column<string>("text", nullable: false),
            Facet = t.Column<string>("character varying(40)", maxLength: 40, nullable: true),
            Cover = t.Column<string>("text", nullable: true),
            CoverAlt = t.Column<string>("text", nullable: true),
            UpdatedUtc = t.Column<DateTime>("timestamp with time zone", nullable: false),
            Fields = t.Column<string>("text", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_published", x => new { x.DocumentId, x.Culture });
            t.ForeignKey("FK_published_documents_DocumentId", x => x.DocumentId, "documents", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateIndex("IX_document_versions_DocumentId_Number", "document_versions", ["DocumentId", "Number"], unique: true);
        b.CreateIndex("IX_documents_Type_Slug", "documents", ["Type", "Slug"], unique: true);
        b.CreateIndex("IX_published_Culture_PublishedUtc", "published", ["Culture", "PublishedUtc"]);
        b.CreateIndex("IX_published_Culture_Type_PublishedUtc", "published", ["Culture", "Type", "PublishedUtc"]);
        b.CreateIndex("IX_published_Culture_Type_Slug", "published", ["Culture", "Type", "Slug"], unique: true);
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropTable("document_versions");
        b.DropTable("media");
        b.DropTable("published");
        b.DropTable("documents");
    }
}
