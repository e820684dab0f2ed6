using System.Text.RegularExpressions;

namespace CampaignSite.Tests;

/// <summary>
/// Dependencies point one way: Data at the bottom, then Media (the media library every document
/// points into), then Content (with what every capability shares: delivery, the push queue, webhooks);
/// the capabilities are leaves that use those and never each other.
/// </summary>
public sealed partial class ArchitectureTests
{
    static readonly string[] Leaves = ["Site", "Search", "Feeds", "Api", "Backoffice", "Operations"];

    static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Data"] = [],
        ["Media"] = ["Data"],
        ["Content"] = ["Data", "Media"],
    };

    public static TheoryData<string> Folders() => new(Allowed.Keys.Concat(Leaves));

    [Theory]
    [MemberData(nameof(Folders))]
    public void AFolder_UsesOnlyTheLayersBelowIt(string folder)
    {
        var allowed = Allowed.GetValueOrDefault(folder) ?? ["Data", "Media", "Content"];
        var root = Path.Combine(RepoRoot(), "src", "CampaignSite.Web", folder);
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml")).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Qualified().Matches(text).Concat(Relative().Matches(text)))
            {
                var target = m.Groups[1].Value;
                if (target != folder && !allowed.Contains(target)) wrong.Add($"{Path.GetRelativePath(root, file)} uses {target}: {m.Value}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void TheCheck_FindsAReferenceAcrossLeaves()
    {
        Assert.Matches(Relative(), "context.Items[Site.SitePage.ProblemKey] = x;");
        Assert.Matches(Qualified(), "using CampaignSite.Backoffice.Security;");
        Assert.DoesNotMatch(Relative(), "FeedScope.Site.Path");
    }

    [GeneratedRegex(@"\bCampaignSite\.(Api|Backoffice|Content|Data|Feeds|Media|Operations|Search|Site)\b")]
    private static partial Regex Qualified();

    // A namespace named from inside CampaignSite without its prefix (Site.SitePage), never a member access (x.Site).
    [GeneratedRegex(@"(?<![\w.])(Api|Backoffice|Feeds|Media|Operations|Search|Site)\.[A-Z]\w*")]
    private static partial Regex Relative();

    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CampaignSite.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CampaignSite.sln not found above " + AppContext.BaseDirectory);
    }
}
