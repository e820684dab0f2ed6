using CampaignSite.Content.Checks;
using CampaignSite.Content.Checks.Rules;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests.Content.Checks;

/// <summary>The misused-word rule and its dictionary: every pair found and named, right forms left alone, standard wording on top.</summary>
public class MisusedWordRuleTests
{
    static List<CheckFinding> Check(News news, TermList? terms = null) =>
        new MisusedWordRule().Check(new CheckedDocument(DocumentTypes.Get(typeof(News)), new Dictionary<string, Document> { [Cultures.Chinese] = news }, []),
            new CheckContext { Terms = terms ?? TermList.Dictionary }).ToList();

    [Fact]
    public void TheDictionary_HasAtLeast300Pairs_NoneRepeated_NoneItsOwnRightForm()
    {
        var pairs = TermList.Dictionary.Pairs;
        Assert.True(pairs.Count >= 300, $"{pairs.Count} pairs");
        Assert.Empty(pairs.GroupBy(p => p.Wrong).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(pairs.GroupBy(p => (p.Wrong, p.Right)).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(pairs.Where(p => p.Wrong == p.Right));
    }

    [Fact]
    public void NoRightForm_ContainsAnotherPairsWrongForm()
    {
        var pairs = TermList.Dictionary.Pairs;
        var clashes = from right in pairs from wrong in pairs where right.Right.Contains(wrong.Wrong) select $"{right.Right} contains {wrong.Wrong}";
        Assert.Empty(clashes);
    }

    [Fact]
    public void EveryPair_IsFoundInText_AndTheMessageNamesTheRightForm_AndTheRightFormIsNotFlagged()
    {
        var failures = new List<string>();
        foreach (var pair in TermList.Dictionary.Pairs)
        {
            var wrong = Check(TestDocuments.Valid<News>(n => n.Body = $"第一行。\n活动中大家{pair.Wrong}，成果显著。"));
            var finding = wrong.SingleOrDefault(f => f.Message.StartsWith($"'{pair.Wrong}'"));
            if (finding is null || !finding.Message.Contains($"'{pair.Right}'") || finding.Line != 2 || finding.Field != "body" || finding.Severity != CheckSeverity.Error)
                failures.Add($"{pair.Wrong} → {pair.Right}: {string.Join("; ", wrong)}");
            var right = Check(TestDocuments.Valid<News>(n => n.Body = $"活动中大家{pair.Right}，成果显著。"));
            if (right.Count > 0) failures.Add($"{pair.Right} is flagged: {string.Join("; ", right)}");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void TheMessage_SaysWhereTheWrongFormIs()
    {
        var finding = Assert.Single(Check(TestDocuments.Valid<News>(n => n.Summary = "全体参展企业再接再励。")));
        Assert.Equal(("misused-word", "summary", 1), (finding.Rule, finding.Field, finding.Line));
        Assert.Equal("'再接再励' should be '再接再厉', at column 7: 全体参展企业再接再励。", finding.Message);
    }

    [Fact]
    public void Lists_AreCheckedItemByItem_AndCompositionsByTheirDottedKey()
    {
        var findings = Check(TestDocuments.Valid<News>(n => { n.Tags = ["纺织", "精益求精", "精义求精"]; n.Syndication.WechatDigest = "丝稠之路"; }));
        Assert.Contains(findings, f => f.Field == "tags" && f.Line == 3);
        Assert.Contains(findings, f => f.Field == "syndication.wechat_digest" && f.Message.Contains("'丝绸'"));
    }

    [Fact]
    public void StandardWording_IsFound_ButNotInsideItsOwnRightForm_AndLatinTermsMatchWholeWords()
    {
        var terms = TermList.With([new TermPair("一带一路", "共建“一带一路”", "现行规范表述"), new TermPair("Uyghur", "Uygur")]);
        var findings = Check(TestDocuments.Valid<News>(n => n.Body = "共建“一带一路”国家。\n一带一路沿线。\nUyghur and Uyghurs."), terms);
        Assert.Equal(2, findings.Count);
        Assert.Equal("'一带一路' should be '共建“一带一路”' (standard wording: 现行规范表述), at column 1: 一带一路沿线。", findings[0].Message);
        Assert.Equal(3, findings[1].Line);
    }

    [Fact]
    public void StandardWording_ReplacesTheDictionarysPairWithTheSameWrongForm()
    {
        var terms = TermList.With([new TermPair("再接再励", "继续努力")]);
        Assert.Contains("'继续努力'", Assert.Single(Check(TestDocuments.Valid<News>(n => n.Body = "再接再励。"), terms)).Message);
    }

    [Fact]
    public void TheEnglishVariant_IsCheckedInItsOwnFields()
    {
        var chinese = TestDocuments.Valid<News>();
        var english = CultureVariants.Shared(chinese);
        (english.Title, english.Summary, english.Body) = ("Fair", "A fair.", "The Uyghur craft.");
        var findings = new MisusedWordRule().Check(new CheckedDocument(DocumentTypes.Get(typeof(News)),
            new Dictionary<string, Document> { [Cultures.Chinese] = chinese, [Cultures.English] = english }, []),
            new CheckContext { Terms = TermList.With([new TermPair("Uyghur", "Uygur")]) }).ToList();
        Assert.Equal(Cultures.English, Assert.Single(findings).Culture);
    }
}
