using CampaignSite.Search;
using CampaignSite.Search.Querying;
using Lucene.Net.Search;

namespace CampaignSite.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Words_AreAndedAsQuotedTokens() => Assert.Equal("(\"新疆\") AND (\"服装\")", Describe("新疆 服装"));

    [Fact]
    public void LongerChineseWord_RequiresEachBigram() => Assert.Equal("(\"香云\") AND (\"云纱\")", Describe("香云纱"));

    [Fact]
    public void QuotedText_IsOnePhrase() => Assert.Equal("(\"香云 云纱\")", Describe("\"香云纱\""));

    [Fact]
    public void Or_JoinsAlternatives() => Assert.Equal("(\"蜀锦\" OR \"黎锦\")", Describe("蜀锦 OR 黎锦"));

    [Fact]
    public void Minus_Excludes() => Assert.Equal("(\"羽绒\") AND (\"绒服\") NOT \"派克\"", Describe("羽绒服 -派克"));

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
    public void HostileInput_ReachesLuceneOnlyAsTermsAndPhrases(string input)
    {
        var query = LuceneQueries.Build(SearchQuery.Parse(input), fuzzy: false);
        foreach (var leaf in Leaves(query))
            Assert.True(leaf is TermQuery or PhraseQuery, $"{leaf.GetType().Name} from '{input}'");
        // Every searched term is an analysed token: no operator, field name or wildcard survives as syntax
        // (the whole-name boost looks the typed word up as one literal term, which is no syntax either).
        var terms = new HashSet<Lucene.Net.Index.Term>();
        query.ExtractTerms(terms);
        Assert.All(terms.Where(t => t.Field != CampaignSite.Search.Index.SearchFields.Names), t => Assert.DoesNotMatch(@"[\s:*^(){}""'\u0000-\u001f]", t.Text));
    }

    static IEnumerable<Query> Leaves(Query q) => q is BooleanQuery b ? b.Clauses.SelectMany(c => Leaves(c.Query)) : [q];

    /// <summary>The parsed query in a readable form: required groups ANDed, alternatives ORed, phrases quoted.</summary>
    static string Describe(string input)
    {
        var q = SearchQuery.Parse(input);
        static string Phrase(Term t) => "\"" + string.Join(' ', t.Tokens) + "\"";
        return string.Join(" AND ", q.Required.Select(g => "(" + string.Join(" OR ", g.Select(Phrase)) + ")"))
            + string.Concat(q.Excluded.Select(t => " NOT " + Phrase(t)));
    }

    [Fact]
    public void VeryLongQuery_IsCutAndSaysSo()
    {
        var q = SearchQuery.Parse(string.Concat(Enumerable.Repeat("苏绣 ", 2000)));
        Assert.True(q.Truncated);
        Assert.True(q.Required.Count <= SearchQuery.MaxTerms);
    }

    [Fact]
    public void Phrases_BecomeLucenePhraseQueries()
    {
        var query = LuceneQueries.Build(SearchQuery.Parse("\"香云纱\" -派克"), fuzzy: false);
        var leaves = Leaves(query).ToList();
        Assert.Contains(leaves, l => l is PhraseQuery p && p.GetTerms().Select(t => t.Text).SequenceEqual(["香云", "云纱"]));
        Assert.Contains(((BooleanQuery)query).Clauses, c => c.Occur == Occur.MUST_NOT);
    }

    [Fact]
    public void Fuzzy_WidensOnlyLatinWordsOfFiveLettersOrMore()
    {
        Assert.True(LuceneQueries.HasFuzzyWords(SearchQuery.Parse("brokade")));
        Assert.False(LuceneQueries.HasFuzzyWords(SearchQuery.Parse("silk 苏绣")));
        var query = LuceneQueries.Build(SearchQuery.Parse("embroidary silk"), fuzzy: true);
        var fuzzy = Leaves(query).OfType<FuzzyQuery>().ToList();
        Assert.NotEmpty(fuzzy);
        Assert.All(fuzzy, f => Assert.Equal("embroidary", f.Term.Text));
        Assert.All(fuzzy, f => Assert.Equal(2, f.MaxEdits));
    }
}
