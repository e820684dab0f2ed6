using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Postgres;

/// <summary>Search moved to a Lucene index on each node (DataPath/search); the tsvector table goes.</summary>
[DbContext(typeof(PostgresCampaignDbContext))]
[Migration("20261203000000_DropSqlSearch")]
public sealed class DropSqlSearch : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("DROP TABLE IF EXISTS search_documents;");

    // Going back leaves an empty table; the older version rebuilds it at start.
    protected override void Down(MigrationBuilder b) => b.Sql("""
        CREATE TABLE search_documents (
            document_id integer NOT NULL REFERENCES documents ("Id") ON DELETE CASCADE,
            culture character varying(10) NOT NULL,
            vector tsvector NOT NULL,
            PRIMARY KEY (document_id, culture));
        CREATE INDEX ix_search_documents_vector ON search_documents USING gin (vector);
        """);
}
