using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CampaignSite.Data.Migrations.Sqlite;

/// <summary>
/// The full-text index: a contentless FTS5 table of analysed tokens (the text itself lives in the
/// published rows), outside the EF model, which has no FTS5 mapping. Row ids are computed from
/// the document and culture, so a document's rows are replaced by rowid, not by a table scan.
/// </summary>
[DbContext(typeof(SqliteCampaignDbContext))]
[Migration("20261122000000_Search")]
public sealed class Search : Migration
{
    protected override void Up(MigrationBuilder b) => b.Sql("""
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, tags, summary, body, extra,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 0');
        """);

    protected override void Down(MigrationBuilder b) => b.Sql("DROP TABLE search_index;");
}
