using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>The full-text index: an FTS5 table of analysed tokens, outside the EF model (EF has no FTS5 mapping).</summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261122000000_Search")]
public sealed class Search : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, summary, body, extra,
            document_id UNINDEXED, culture UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 0');
        """);

    protected override void Down(MigrationBuilder b) => b.Sql("DROP TABLE search_index;");
}
