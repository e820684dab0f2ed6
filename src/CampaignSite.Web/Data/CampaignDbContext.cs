using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Data;

/// <summary>The site's database. Each provider has a subclass that owns its migrations.</summary>
public abstract class CampaignDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();
    public DbSet<PublishedEntry> Published => Set<PublishedEntry>();
    public DbSet<MediaRecord> Media => Set<MediaRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.ApplyConfiguration(new DocumentRecordConfiguration());
        model.ApplyConfiguration(new DocumentVersionConfiguration());
        model.ApplyConfiguration(new PublishedEntryConfiguration());
        model.ApplyConfiguration(new MediaRecordConfiguration());
    }
}

public sealed class SqliteCampaignDbContext(DbContextOptions<SqliteCampaignDbContext> options) : CampaignDbContext(options);

public sealed class PostgresCampaignDbContext(DbContextOptions<PostgresCampaignDbContext> options) : CampaignDbContext(options);
