using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>Search moved to a Lucene index on each node (DataPath/search); the FTS5 table goes.</summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261203000000_DropSqlSearch")]
public sealed class DropSqlSearch : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("DROP TABLE IF EXISTS search_index;");

    // Going back leaves an empty FTS5 table; the older version rebuilds it at start.
    protected override void Down(MigrationBuilder b) => b.Sql("""
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, summary, body, extra,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 0');
        """);
}
