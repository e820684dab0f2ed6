using System.Net;
using System.Text.Json;
using CampaignSite.Content.Checks;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>
/// The editorial checks against a real site: the standard-wording page (administrators only, audited, clear
/// refusals), a term counted by the very next check, the edit form's live findings, and a document's latest version.
/// </summary>
public abstract class ChecksTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    const string Page = "/backoffice/terms";
    const string Live = "/backoffice/markdown?handler=Checks&type=news";

    static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    async Task<JsonElement> LiveAsync(EditorSession session, string body)
    {
        var response = await session.PostAsync(Live, News("检查测试", body, Unique("checks-")), "/backoffice/content/news/new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static List<(string Input, string Rule, string Severity, string Message)> Findings(JsonElement answer) =>
        answer.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("input").GetString()!, f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();

    [Fact]
    public async Task TheLiveEndpoint_ReturnsThePreviewsAndTheFindingsOfTheForm()
    {
        var admin = await AdminAsync(site);
        var answer = await LiveAsync(admin, "## 展会\n\n参展企业再接再励。\n\n#### 细节\n\n[无此页](/news/no-such-page)");

        Assert.Contains("<h2", answer.GetProperty("previews").GetProperty("zh-CN.body").GetString());
        var findings = Findings(answer);
        Assert.Contains(findings, f => f is ("zh-CN.body", "misused-word", "error", _) && f.Message.Contains("'再接再厉'"));
        Assert.Contains(findings, f => f is ("zh-CN.body", "broken-link", "error", _));
        Assert.Contains(findings, f => f is ("zh-CN.body", "heading-level", "warning", _));
    }

    [Fact]
    public async Task Terms_AreForAdministratorsOnly()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).Status);
        var response = await editor.PostAsync(Page, new() { ["wrong"] = [Unique("编辑")], ["right"] = ["规范"] }, "/backoffice");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAddedTerm_IsFoundByTheNextCheck_ThenChangedAndRemoved_EachAudited()
    {
        var admin = await AdminAsync(site);
        var wrong = Unique("沿线国家");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page, new() { ["wrong"] = [wrong], ["right"] = ["共建“一带一路”国家"], ["note"] = ["现行表述"] })).StatusCode);
        Assert.Contains(Findings(await LiveAsync(admin, $"与{wrong}开展合作。")),
            f => f.Rule == "misused-word" && f.Message.StartsWith($"'{wrong}' should be '共建“一带一路”国家' (standard wording: 现行表述)"));

        int id;
        await using (var scope = site.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Terms.SingleAsync(t => t.Wrong == wrong)).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page + "?handler=Update", new() { ["id"] = [$"{id}"], ["right"] = ["共建国家"] }, Page)).StatusCode);
        Assert.Contains(Findings(await LiveAsync(admin, $"与{wrong}开展合作。")), f => f.Message.StartsWith($"'{wrong}' should be '共建国家'"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page + "?handler=Remove", new() { ["id"] = [$"{id}"] }, Page)).StatusCode);
        Assert.DoesNotContain(Findings(await LiveAsync(admin, $"与{wrong}开展合作。")), f => f.Rule == "misused-word");

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var actions = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.Where(a => a.Detail.StartsWith(wrong)).Select(a => a.Action).ToListAsync();
            Assert.Equal(["term.add", "term.remove", "term.update"], actions.Order());
        }
    }

    [Theory]
    [InlineData("", "规范", "Enter the wrong or outdated form")]
    [InlineData("同一", "同一", "The wrong and the right form are the same")]
    [InlineData("某说法", "按步就班", "contains '按步就班', which is itself reported (→ '按部就班')")]
    public async Task ABadTerm_IsRefusedWithAClearMessage(string wrong, string right, string message)
    {
        var admin = await AdminAsync(site);
        var response = await admin.PostAsync(Page, new() { ["wrong"] = [wrong], ["right"] = [right] });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message).Replace("&#39;", "&#x27;"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARepeatedTerm_IsRefused()
    {
        var admin = await AdminAsync(site);
        var wrong = Unique("重复");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page, new() { ["wrong"] = [wrong], ["right"] = ["规范"] })).StatusCode);
        var again = await admin.PostAsync(Page, new() { ["wrong"] = [wrong], ["right"] = ["另一种"] });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("is already a term", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheLiveEndpoint_ReadsTheHistory_AndFindsEnglishOlderThanAChangeToTheChinese()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("stale-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("译文", "苏州刺绣以针代笔。", slug, "Translation"), "/backoffice/content/news/new"));
        var form = News("译文", "苏州刺绣以针代笔，二〇二四年新增三项国家级代表性项目与六位代表性传承人。", slug, "Translation");
        var response = await admin.PostAsync($"{Live}&id={id}", form, $"/backoffice/content/news/{id}");
        var findings = Findings(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        Assert.Contains(findings, f => f is ("en.title", "stale-translation", "warning", _));
        // Without the document's id there is no history to judge by.
        var fresh = Findings(JsonDocument.Parse(await (await admin.PostAsync(Live, form, "/backoffice/content/news/new")).Content.ReadAsStringAsync()).RootElement);
        Assert.DoesNotContain(fresh, f => f.Rule == "stale-translation");
    }

    [Fact]
    public async Task CheckLatest_FindsTheErrorsOfTheSavedDraft()
    {
        var admin = await AdminAsync(site);
        var saved = await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("草稿", "大家迫不急待。", Unique("draft-")), "/backoffice/content/news/new");
        var id = DocumentId(saved);
        await using var scope = site.Services.CreateAsyncScope();
        var findings = await scope.ServiceProvider.GetRequiredService<ContentChecks>().CheckLatestAsync(id, CancellationToken.None);
        var error = Assert.Single(findings, f => f.Severity == CheckSeverity.Error);
        Assert.Equal(("misused-word", "zh-CN", "body", 1), (error.Rule, error.Culture, error.Field, error.Line));
    }

    [Fact]
    public async Task EveryVersionChecked_InOneRead_FindsWhatEachVersionCheckedAloneFinds()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("versions-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("历次版本", "大家迫不急待。", slug, "Versions"), "/backoffice/content/news/new"));
        var form = $"/backoffice/content/news/{id}";
        await admin.PostAsync($"{form}?handler=Save", News("历次版本", "大家迫不及待，苏州刺绣以针代笔，二〇二四年新增三项国家级代表性项目。", slug, "Versions"), form);
        await admin.PostAsync($"{form}?handler=Save", News("历次版本", "再接再励。", slug, "Versions"), form);
        await using var scope = site.Services.CreateAsyncScope();
        var checks = scope.ServiceProvider.GetRequiredService<ContentChecks>();
        var all = await checks.CheckEveryVersionAsync(id, CancellationToken.None);
        var versions = await scope.ServiceProvider.GetRequiredService<CampaignSite.Data.CampaignDbContext>().Versions
            .Where(v => v.DocumentId == id).OrderBy(v => v.Number).Select(v => v.Id).ToListAsync();
        Assert.Equal(3, all.Count);
        foreach (var version in versions)
            Assert.Equal(await checks.CheckVersionAsync(id, version, CancellationToken.None), all[version]);
        Assert.Contains(all[versions[0]], f => f.Rule == "misused-word");
        Assert.DoesNotContain(all[versions[1]], f => f.Rule == "misused-word");
        Assert.Contains(all[versions[2]], f => f.Rule == "stale-translation");
    }
}

public sealed class SqliteChecksTests(SiteFactory site) : ChecksTests<SiteFactory>(site);

public sealed class PostgresChecksTests(PostgresSiteFactory site) : ChecksTests<PostgresSiteFactory>(site);
