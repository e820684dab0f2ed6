using CampaignSite.Content.Delivery;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CampaignSite.Backoffice;

public static class BackofficeExtensions
{
    public const string PathPrefix = "/backoffice";

    /// <summary>Accounts (ASP.NET Core Identity on the site's database), the role policies, the workflow and the scheduler.</summary>
    public static WebApplicationBuilder AddBackoffice(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(BackofficeOptions.Section).Get<BackofficeOptions>() ?? new BackofficeOptions();
        builder.Services.AddOptions<BackofficeOptions>().BindConfiguration(BackofficeOptions.Section)
            .Validate(o => o.ScheduleInterval > TimeSpan.Zero && o.MaxFailedSignIns > 0 && o.MaxFailedSignInsPerAddress > 0 && o.LockoutDuration > TimeSpan.Zero && o.PasswordLength >= 8,
                "CampaignSite:Backoffice needs a positive ScheduleInterval, MaxFailedSignIns, MaxFailedSignInsPerAddress and LockoutDuration, and PasswordLength of at least 8")
            .ValidateOnStart();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        builder.Services.AddCheckedOptions<WorkflowOptions>(WorkflowOptions.Section, WorkflowOptions.Problem);

        builder.Services.AddIdentity<EditorUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = options.PasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                // Wrong passwords are slowed down by SignInThrottle and never lock an account; a lock left
                // from before still holds until it ends or an administrator lifts it.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CampaignDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<EditorClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "campaignsite.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.LoginPath = PathPrefix + "/login";
            o.LogoutPath = PathPrefix + "/logout";
            // An account without the right role gets 403 (the site's error page says why), never a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.HttpContext.Items[SitePage.ProblemKey] = "Your account's role does not allow this page. Ask an administrator if you need it.";
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Role or type changes make an account sign in again within a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "campaignsite.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddDataProtection().SetApplicationName("CampaignSite").PersistKeysToDbContext<CampaignDbContext>();

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Backoffice, p => p.RequireRole(Roles.All))
            .AddPolicy(Roles.Publish, p => p.RequireRole(Roles.Administrator, Roles.Editor))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(EditorPreview.Policy, p => p.RequireAssertion(c => c.Resource is string type && c.User.MayEdit(type)));

        builder.Services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Backoffice/Pages/Shared/{0}.cshtml"));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Backoffice/Pages", Roles.Backoffice);
            o.Conventions.AuthorizeFolder("/Backoffice/Pages/Accounts", Roles.Admin);
            o.Conventions.AuthorizeFolder("/Backoffice/Pages/Releases", Roles.Publish);
            o.Conventions.AuthorizePage("/Backoffice/Pages/Audit", Roles.Admin);
            o.Conventions.AuthorizePage("/Backoffice/Pages/SearchIndex", Roles.Admin);
            o.Conventions.AuthorizePage("/Backoffice/Pages/Webhooks", Roles.Admin);
            o.Conventions.AuthorizePage("/Backoffice/Pages/Partners", Roles.Admin);
            o.Conventions.AuthorizePage("/Backoffice/Pages/Terms", Roles.Admin);
            o.Conventions.AddPageRoute("/Backoffice/Pages/MediaItem", "/backoffice/media/video/{name}");
            o.Conventions.AllowAnonymousToPage("/Backoffice/Pages/Login");
            o.Conventions.AllowAnonymousToPage("/Backoffice/Pages/Setup");
        });

        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<EditorAccounts>();
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddScoped<DecoyPassword>();
        builder.Services.AddScoped<EditorialWorkflow>();
        builder.Services.AddScoped<ReleaseWorkflow>();
        builder.Services.AddSingleton<ReviewSteps>();
        builder.Services.AddScoped<ReviewBook>();
        builder.Services.AddScoped<PublishGate>();
        builder.Services.AddHostedService<AdminSeeder>();
        builder.Services.AddSingleton<ScheduleRunner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduleRunner>());
        return builder;
    }
}
