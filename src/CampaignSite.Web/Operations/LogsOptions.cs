namespace CampaignSite.Operations;

/// <summary>CampaignSite:Logs: how much the log files in DataPath/logs may take.</summary>
public sealed class LogsOptions
{
    public const string Section = "CampaignSite:Logs";

    /// <summary>
    /// Total bytes of log files kept, the oldest deleted first: nine tenths for the request log,
    /// one tenth for warnings and errors, which have files of their own so a busy day never pushes them out.
    /// </summary>
    public long MaxBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Files of each log kept within its share; a file rolls when it reaches its share divided by this.</summary>
    public const int FilesKept = 10;

    public const long Smallest = 256 * 1024;
}
