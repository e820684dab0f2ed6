using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>What each version refers to (documents, media, addresses); rows for existing versions are filled in at start.</summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261202000000_References")]
public sealed class References : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        CREATE TABLE "references" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_references" PRIMARY KEY AUTOINCREMENT,
            "VersionId" INTEGER NOT NULL,
            "DocumentId" INTEGER NOT NULL,
            "Kind" TEXT NOT NULL,
            "Target" TEXT NOT NULL,
            "Field" TEXT NOT NULL,
            CONSTRAINT "FK_references_document_versions_VersionId" FOREIGN KEY ("VersionId") REFERENCES "document_versions" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_references_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "documents" ("Id")
        );
        CREATE INDEX "IX_references_DocumentId" ON "references" ("DocumentId");
        CREATE INDEX "IX_references_Kind_Target" ON "references" ("Kind", "Target");
        CREATE INDEX "IX_references_VersionId" ON "references" ("VersionId");
        """);

    protected override void Down(MigrationBuilder b) => b.Sql("""DROP TABLE "references";""");
}
