using Microsoft.Extensions.Options;

namespace CampaignSite;

/// <summary>Checks a configuration section at start and stops it with the sentence the section's own check gives.</summary>
public sealed class SettingsCheck<T>(Func<T, string?> problem) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        problem(options) is { } sentence ? ValidateOptionsResult.Fail(sentence) : ValidateOptionsResult.Success;
}

public static class SettingsCheckExtensions
{
    /// <summary>Binds the section, checks it with problem (null when fine) and checks it when the site starts.</summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, string section, Func<T, string?> problem) where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsCheck<T>(problem));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
