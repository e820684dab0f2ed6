using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.Extensions.Options;

namespace CampaignSite.Tests.Backoffice;

/// <summary>The workflow's configuration check, the steps it gives each type, and where a version stands from its rows.</summary>
public sealed class ReviewStepsTests
{
    static WorkflowOptions Options(string? steps, Dictionary<string, string>? signers = null, Dictionary<string, string>? types = null) => new()
    {
        Steps = steps, Signers = signers ?? [],
        Types = (types ?? []).ToDictionary(t => t.Key, t => new TypeWorkflowOptions { Steps = t.Value }),
    };

    [Theory]
    [InlineData("初审,复审,初审", null, "names the step '初审' twice")]
    [InlineData("初审,,终审", null, "has an empty step name between its commas")]
    [InlineData(" , ", null, "lists no step")]
    [InlineData("初审", "终审=Editor", "CampaignSite:Workflow:Signers:终审 names no configured step")]
    [InlineData("初审", "初审=Chief", "'Chief' is neither a role")]
    [InlineData("初审", "初审= ", "CampaignSite:Workflow:Signers:初审 is empty")]
    public void ABadConfiguration_IsOneSentenceNamingTheKey(string steps, string? signer, string expected)
    {
        var signers = signer is null ? null : new Dictionary<string, string> { [signer.Split('=')[0]] = signer.Split('=')[1] };
        Assert.Contains(expected, WorkflowOptions.Problem(Options(steps, signers)));
    }

    [Fact]
    public void ATypeThatDoesNotExist_IsRefused_AndAGoodConfigurationPasses()
    {
        Assert.Contains("CampaignSite:Workflow:Types:leaflet names no document type", WorkflowOptions.Problem(Options(null, types: new() { ["leaflet"] = "初审" })));
        Assert.Null(WorkflowOptions.Problem(Options("初审,复审,终审", new() { ["终审"] = "administrator, chief@example.cn", ["初审"] = "Writer" }, new() { ["brand"] = "审核" })));
        Assert.Null(WorkflowOptions.Problem(new WorkflowOptions()));
    }

    [Fact]
    public void TheDefault_IsOneReviewByEditorsAndAdministrators_NotConfigured()
    {
        var plan = new ReviewSteps(Microsoft.Extensions.Options.Options.Create(new WorkflowOptions())).For("news");
        Assert.False(plan.Configured);
        Assert.Equal([ReviewSteps.DefaultStep], plan.Steps.Select(s => s.Name));
        Assert.True(plan.PublishesOnSave(User("editor@example.cn", Roles.Editor)));
        Assert.False(plan.PublishesOnSave(User("writer@example.cn", Roles.Writer)));
    }

    [Fact]
    public void AVersion_StandsAtItsFirstUnsignedStep_AndStartsAgainWhenSentBack()
    {
        var steps = new ReviewSteps(Microsoft.Extensions.Options.Options.Create(Options("初审,复审,终审", new() { ["终审"] = "chief@example.cn" })));
        var plan = steps.For("news");
        var version = new DocumentVersion { Id = 7, Number = 3, Author = "writer@example.cn", Fields = "{}" };
        var editor = User("a@example.cn", Roles.Editor);
        SignOffRecord Row(int step, SignOffKind kind, string by) => new() { StepIndex = step, StepName = plan.Steps[Math.Max(step, 0)].Name, Kind = kind, Signer = by, VersionId = 7 };

        var signedOne = new ReviewStanding(plan, version, [Row(0, SignOffKind.Signed, "a@example.cn")]);
        Assert.Equal("复审", signedOne.Current!.Name);
        Assert.Contains("You signed 初审", signedOne.Refusal(editor)!.Message);
        Assert.Null(signedOne.Refusal(User("b@example.cn", Roles.Editor)));
        Assert.Equal(WorkflowOutcome.Forbidden, signedOne.Refusal(User("writer2@example.cn", Roles.Writer))!.Outcome);
        Assert.Contains("You wrote version 3", signedOne.Refusal(User("writer@example.cn", Roles.Editor))!.Message);

        var atLast = new ReviewStanding(plan, version, [Row(0, SignOffKind.Signed, "a@example.cn"), Row(1, SignOffKind.Signed, "b@example.cn")]);
        Assert.True(atLast.WaitsForLastStep);
        Assert.Equal(WorkflowOutcome.Forbidden, atLast.Refusal(User("c@example.cn", Roles.Editor))!.Outcome);
        Assert.Null(atLast.Refusal(User("chief@example.cn", Roles.Editor)));

        var sentBack = new ReviewStanding(plan, version, [.. atLast.Rows, Row(2, SignOffKind.SentBack, "chief@example.cn")]);
        Assert.Equal("初审", sentBack.Current!.Name);
        Assert.False(sentBack.Cleared);
        var overridden = new ReviewStanding(plan, version, [.. sentBack.Rows, Row(0, SignOffKind.Overridden, "admin@example.cn")]);
        Assert.True(overridden.Cleared);
        Assert.False(overridden.Signed);
    }

    static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));
}
