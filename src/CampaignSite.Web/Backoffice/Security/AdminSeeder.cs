using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// At start, after the database is ready: the roles exist, and when no account exists yet and
/// CampaignSite:Admin gives an e-mail and password, that administrator is created. Without them
/// the first visitor of /backoffice is sent to the setup page.
/// </summary>
public sealed class AdminSeeder(IServiceProvider services, IOptions<AdminOptions> options, ILogger<AdminSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorAccounts>();
        await accounts.EnsureRolesAsync();
        var admin = options.Value;
        if (await accounts.AnyAsync(ct)) return;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrWhiteSpace(admin.Password))
        {
            logger.LogWarning("No backoffice account exists: open /backoffice/setup to create the first administrator, or set CampaignSite:Admin:Email and CampaignSite:Admin:Password");
            return;
        }
        var (_, errors) = await accounts.CreateAsync(admin.Email, "Administrator", admin.Password, Roles.Administrator, null, "configuration");
        if (errors.Count > 0)
            throw new StartupException($"CampaignSite:Admin cannot create the first administrator: {string.Join(" ", errors)}");
        logger.LogInformation("Created the first administrator {Email} from configuration", admin.Email);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
