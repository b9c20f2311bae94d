using System.Reflection;

namespace Linter.Core.State;

/// <summary>
/// What a saved corpus state depends on besides its rules, written into the file and compared when it is loaded: the
/// version of the tool and the configuration that shapes what the states collect (how sources are named, how bytes
/// are decoded, severities), as the caller names it. The core reads no files, so the caller supplies the configuration.
/// </summary>
/// <param name="ToolVersion">The tool's version.</param>
/// <param name="Configuration">The configuration, as names and values; compared name by name.</param>
public sealed record CorpusStateStamp(string ToolVersion, IReadOnlyDictionary<string, string> Configuration)
{
    /// <summary>This build's version, without the source revision that a build from a checkout appends.</summary>
    public static string ThisVersion { get; } = (typeof(CorpusStateStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>A stamp of this build with <paramref name="configuration"/>.</summary>
    public static CorpusStateStamp ThisBuild(IReadOnlyDictionary<string, string> configuration) => new(ThisVersion, configuration);
}
