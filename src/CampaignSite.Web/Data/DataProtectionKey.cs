using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// The data-protection keys (they sign sign-in cookies and antiforgery tokens) in the site's
/// database, through the framework's own EF Core key store, so every web node accepts the cookies
/// of the others and a restart signs nobody out. Mapped onto the table and columns the keys were
/// always kept in, so existing keys (and sign-ins) carry over.
/// </summary>
sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e)
    {
        e.ToTable("data_protection_keys");
        e.Property(k => k.FriendlyName).HasColumnName("Name").HasMaxLength(100).IsRequired();
        e.Property(k => k.Xml).IsRequired();
    }
}
