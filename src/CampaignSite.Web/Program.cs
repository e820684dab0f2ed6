using CampaignSite;
using CampaignSite.Api;
using CampaignSite.Backoffice;
using CampaignSite.Content;
using CampaignSite.Data;
using CampaignSite.Feeds;
using CampaignSite.Media;
using CampaignSite.Operations;
using CampaignSite.Search;
using CampaignSite.Site;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddOperations();
    builder.AddCampaignData();
    builder.AddContent();
    builder.AddMedia();
    builder.AddSearch();
    builder.AddSite();
    builder.AddFeeds();
    builder.AddContentApi();
    builder.AddBackoffice();

    var app = builder.Build();
    if (Commands.IsCommand(args)) return await Commands.RunAsync(app, args);

    app.UseOperations();
    app.UseMedia();
    app.MapSite();
    app.MapSearch();
    app.MapFeeds();
    app.MapContentApi();
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine($"CampaignSite cannot start: {e.Message}");
    return 1;
}
finally
{
    await Serilog.Log.CloseAndFlushAsync();
}

public partial class Program;
