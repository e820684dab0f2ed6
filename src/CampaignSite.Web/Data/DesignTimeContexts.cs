using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampaignSite.Data;

// How `dotnet ef` makes each provider's context without starting the site. The connection
// strings are placeholders: generating migrations and the compiled model reads only the model.

public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteCampaignDbContext>
{
    public SqliteCampaignDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCampaignDbContext>().UseSqlite("Data Source=:memory:").Options);
}

public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresCampaignDbContext>
{
    public PostgresCampaignDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCampaignDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
