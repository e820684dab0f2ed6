using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Postgres;

/// <summary>The full-text index: a tsvector per document and culture under a GIN index, outside the EF model.</summary>
[DbContext(typeof(PostgresCampaignDbContext))]
[Migration("20261122000000_Search")]
public sealed class Search : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        CREATE TABLE search_documents (
            document_id integer NOT NULL REFERENCES documents ("Id") ON DELETE CASCADE,
            culture character varying(10) NOT NULL,
            vector tsvector NOT NULL,
            PRIMARY KEY (document_id, culture));
        CREATE INDEX ix_search_documents_vector ON search_documents USING gin (vector);
        """);

    protected override void Down(MigrationBuilder b) => b.Sql("DROP TABLE search_documents;");
}
