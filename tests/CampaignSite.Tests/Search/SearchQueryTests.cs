using CampaignSite.Search;

namespace CampaignSite.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Words_AreAndedAsQuotedTokens() => Assert.Equal("(\"新疆\") AND (\"服装\")", SearchQuery.Parse("新疆 服装").ToFts5());

    [Fact]
    public void LongerChineseWord_RequiresEachBigram() => Assert.Equal("(\"香云\") AND (\"云纱\")", SearchQuery.Parse("香云纱").ToFts5());

    [Fact]
    public void QuotedText_IsOnePhrase() => Assert.Equal("(\"香云 云纱\")", SearchQuery.Parse("\"香云纱\"").ToFts5());

    [Fact]
    public void Or_JoinsAlternatives() => Assert.Equal("(\"蜀锦\" OR \"黎锦\")", SearchQuery.Parse("蜀锦 OR 黎锦").ToFts5());

    [Fact]
    public void Minus_Excludes() => Assert.Equal("(\"羽绒\") AND (\"绒服\") NOT \"派克\"", SearchQuery.Parse("羽绒服 -派克").ToFts5());

    [Fact]
    public void OnlyExclusions_IsEmpty() => Assert.True(SearchQuery.Parse("-苏绣").IsEmpty);

    [Theory]
    [InlineData("NEAR(苏绣 云锦)")]
    [InlineData("title:苏绣")]
    [InlineData("{title tags}: 苏绣")]
    [InlineData("苏* ^云锦")]
    [InlineData("\"unbalanced")]
    [InlineData("a\" OR \"b")]
    [InlineData("AND OR NOT")]
    [InlineData("\u0000\u0001苏绣\u007f")]
    [InlineData("'; DROP TABLE documents; --")]
    public void HostileInput_ReachesTheEngineOnlyAsQuotedTokens(string input)
    {
        var fts = SearchQuery.Parse(input).ToFts5();
        // Outside quotes only our own operators and parentheses remain.
        var outside = string.Concat(fts.Split('"').Where((_, i) => i % 2 == 0));
        Assert.Matches(@"^[()\sA-Z]*$", outside);
        Assert.DoesNotContain("NEAR", outside);
        var ts = SearchQuery.Parse(input).ToTsQuery();
        var outsideTs = string.Concat(ts.Split('\'').Where((_, i) => i % 2 == 0));
        Assert.Matches(@"^[()\s&|!<\->]*$", outsideTs);
    }

    [Fact]
    public void VeryLongQuery_IsCutAndSaysSo()
    {
        var q = SearchQuery.Parse(string.Concat(Enumerable.Repeat("苏绣 ", 2000)));
        Assert.True(q.Truncated);
        Assert.True(q.Required.Count <= SearchQuery.MaxTerms);
    }

    [Fact]
    public void TsQuery_UsesPhraseOperatorForPhrases() => Assert.Equal("('香云' <-> '云纱') & !('派克')", SearchQuery.Parse("\"香云纱\" -派克").ToTsQuery());
}
