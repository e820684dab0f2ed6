using CampaignSite;
using CampaignSite.Content;
using CampaignSite.Content.Files;
using CampaignSite.Data;
using CampaignSite.Operations;
using CampaignSite.Site;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddOperations();
    builder.AddCampaignData();
    builder.AddContent();
    builder.AddSite();

    var app = builder.Build();
    if (ContentCommands.IsCommand(args)) return await ContentCommands.RunAsync(app, args);

    app.UseOperations();
    app.MapSite();
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
