using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Data;

/// <summary>The site's database, backoffice accounts included. Each provider has a subclass that owns its migrations.</summary>
public abstract class CampaignDbContext(DbContextOptions options) : IdentityDbContext<EditorUser>(options), IDataProtectionKeyContext
{
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();
    public DbSet<PublishedEntry> Published => Set<PublishedEntry>();
    public DbSet<MediaRecord> Media => Set<MediaRecord>();
    public DbSet<ScheduleRecord> Schedules => Set<ScheduleRecord>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<RedirectRecord> Redirects => Set<RedirectRecord>();
    public DbSet<ReferenceRecord> References => Set<ReferenceRecord>();
    public DbSet<Changes.ChangeRecord> Changes => Set<Changes.ChangeRecord>();
    public DbSet<SecretRecord> Secrets => Set<SecretRecord>();
    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();
    public DbSet<DataStepRecord> DataSteps => Set<DataStepRecord>();
    public DbSet<DeliveryRecord> Deliveries => Set<DeliveryRecord>();
    public DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();
    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();
    public DbSet<PartnerKeyRecord> PartnerKeys => Set<PartnerKeyRecord>();
    public DbSet<PartnerUsageRecord> PartnerUsage => Set<PartnerUsageRecord>();
    public DbSet<PreviewLinkRecord> PreviewLinks => Set<PreviewLinkRecord>();
    public DbSet<ReleaseRecord> Releases => Set<ReleaseRecord>();
    public DbSet<ReleaseItemRecord> ReleaseItems => Set<ReleaseItemRecord>();
    public DbSet<SignInFailureRecord> SignInFailures => Set<SignInFailureRecord>();
    public DbSet<SignOffRecord> SignOffs => Set<SignOffRecord>();
    public DbSet<TermRecord> Terms => Set<TermRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<EditorUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.AllowedTypes).HasMaxLength(200);
        });
        model.Entity<IdentityRole>().ToTable("roles");
        model.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        model.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        model.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        model.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        model.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");

        model.ApplyConfiguration(new DocumentRecordConfiguration());
        model.ApplyConfiguration(new DocumentVersionConfiguration());
        model.ApplyConfiguration(new PublishedEntryConfiguration());
        model.ApplyConfiguration(new MediaRecordConfiguration());
        model.ApplyConfiguration(new ScheduleRecordConfiguration());
        model.ApplyConfiguration(new AuditEntryConfiguration());
        model.ApplyConfiguration(new RedirectRecordConfiguration());
        model.ApplyConfiguration(new ReferenceRecordConfiguration());
        model.ApplyConfiguration(new Changes.ChangeRecordConfiguration());
        model.ApplyConfiguration(new SecretRecordConfiguration());
        model.ApplyConfiguration(new LeaseRecordConfiguration());
        model.ApplyConfiguration(new DataStepRecordConfiguration());
        model.ApplyConfiguration(new DeliveryRecordConfiguration());
        model.ApplyConfiguration(new WebhookRecordConfiguration());
        model.ApplyConfiguration(new SubscriptionRecordConfiguration());
        model.ApplyConfiguration(new PartnerKeyRecordConfiguration());
        model.ApplyConfiguration(new PartnerUsageRecordConfiguration());
        model.ApplyConfiguration(new PreviewLinkRecordConfiguration());
        model.ApplyConfiguration(new ReleaseRecordConfiguration());
        model.ApplyConfiguration(new ReleaseItemRecordConfiguration());
        model.ApplyConfiguration(new SignInFailureRecordConfiguration());
        model.ApplyConfiguration(new SignOffRecordConfiguration());
        model.ApplyConfiguration(new TermRecordConfiguration());
        model.ApplyConfiguration(new DataProtectionKeyConfiguration());
    }
}

public sealed class SqliteCampaignDbContext(DbContextOptions<SqliteCampaignDbContext> options) : CampaignDbContext(options);

public sealed class PostgresCampaignDbContext(DbContextOptions<PostgresCampaignDbContext> options) : CampaignDbContext(options);
