using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

// Written by hand: the EF design-time tools are not available to this project. A test
// (MigrationsTests) proves the migrated schema equals the one the model creates.
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261121000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("documents", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            Type = t.Column<string>("TEXT", maxLength: 20, nullable: false),
            Slug = t.Column<string>("TEXT", maxLength: 80, nullable: false),
            CreatedUtc = t.Column<DateTime>("TEXT", nullable: false),
            UpdatedUtc = t.Column<DateTime>("TEXT", nullable: false),
            LatestVersion = t.Column<int>("INTEGER", nullable: false),
            PublishedVersionId = t.Column<int>("INTEGER", nullable: true),
            ConcurrencyStamp = t.Column<Guid>("TEXT", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_documents", x => x.Id));

        b.CreateTable("media", t => new
        {
            Path = t.Column<string>("TEXT", maxLength: 140, nullable: false),
            ContentType = t.Column<string>("TEXT", maxLength: 60, nullable: false),
            Length = t.Column<long>("INTEGER", nullable: false),
            Sha256 = t.Column<string>("TEXT", maxLength: 64, nullable: false),
            CreatedUtc = t.Column<DateTime>("TEXT", nullable: false),
        }, constraints: t => t.PrimaryKey("PK_media", x => x.Path));

        b.CreateTable("document_versions", t => new
        {
            Id = t.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            DocumentId = t.Column<int>("INTEGER", nullable: false),
            Number = t.Column<int>("INTEGER", nullable: false),
            CreatedUtc = t.Column<DateTime>("TEXT", nullable: false),
            Author = t.Column<string>("TEXT", maxLength: 100, nullable: false),
            Fields = t.Column<string>("TEXT", nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_document_versions", x => x.Id);
            t.ForeignKey("FK_document_versions_documents_DocumentId", x => x.DocumentId, "documents", "Id", onDelete: ReferentialAction.Cascade);
        });

        b.CreateTable("published", t => new
        {
            DocumentId = t.Column<int>("INTEGER", nullable: false),
            Culture = t.Column<string>("TEXT", maxLength: 10, nullable: false),
            VersionId = t.Column<int>("INTEGER", nullable: false),
            Type = t.Column<string>("TEXT", maxLength: 20, nullable: false),
            Slug = t.Column<string>("TEXT", maxLength: 80, nullable: false),
            Title = t.Column<string>("TEXT", nullable: false),
            Summary = t.Column<string>("TEXT", nullable: false),
            PublishedUtc = t.Column<DateTime>("TEXT", nullable: false),
            Featured = t.Column<bool>("INTEGER", nullable: false),
            IsFallback = t.Column<bool>("INTEGER", nullable: false),
            InFeeds = t.Column<bool>("INTEGER", nullable: false),
            Province = t.Column<string>("TEXT", maxLength: 20, nullable: true),
            Tasks = t.Column<string>("TEXT", nullable: false),
            Tags = t.Column<string>("TEXT", nullable: false),
            Facet = t.Column<string>("TEXT", maxLength: 40, nullable: true),
            Cover = t.Column<string>("TEXT", nullable: true),
            CoverAlt = t.Column<string>("TEXT", nullable: true),
            UpdatedUtc = t.Column<DateTime>("TEXT", nullable: false),
            Fields = t.Column<string>("TEXT", nullable: false),
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
