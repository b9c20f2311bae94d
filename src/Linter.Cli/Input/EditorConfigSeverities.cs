using System.Collections.Concurrent;
using Linter.Core.Configuration;
using Linter.Core.Diagnostics;
using Linter.Core.Rules;
using Linter.Core.Text;
using Linter.Core.Pipeline;

namespace Linter.Cli.Input;

/// <summary>
/// The severities and encodings .editorconfig files give each document: the files are found by walking up from the document's
/// folder until one says <c>root = true</c>; the nearest file wins, and within a file the last matching section.
/// Every file is read and checked before any document is linted, so a bad setting stops the run at once.
/// </summary>
internal sealed class EditorConfigSeverities
{
    private const string FileName = ".editorconfig";

    private readonly Dictionary<string, EditorConfigFile?> _fileInFolder;
    private readonly Func<string, string> _fullPath;
    private readonly EncodingSetting? _encoding;
    private readonly ConcurrentDictionary<string, SeverityConfiguration> _byDocument = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EncodingSetting> _encodingByDocument = new(StringComparer.Ordinal);
    private Func<RuleDescriptor, bool>? _selected;

    /// <summary>Set when .editorconfig files are read as documents are asked about (<see cref="ReadAsAsked"/>).</summary>
    private CliEnvironment? _environment;

    private EditorConfigSeverities(Dictionary<string, EditorConfigFile?> fileInFolder, Func<string, string> fullPath, EncodingSetting? encoding)
    {
        _fileInFolder = fileInFolder;
        _fullPath = fullPath;
        _encoding = encoding;
    }

    /// <summary>
    /// Reads the .editorconfig files that apply to <paramref name="files"/>, or writes every error in them (file,
    /// line, column) to standard error and returns null.
    /// </summary>
    /// <param name="files">The documents.</param>
    /// <param name="environment">The working folder and standard error.</param>
    /// <param name="encoding">The <c>--encoding</c> given, which beats <c>corpuslint_encoding</c>; null when none was.</param>
    public static EditorConfigSeverities? Load(IEnumerable<CorpusFile> files, CliEnvironment environment, EncodingSetting? encoding = null)
    {
        var severities = TryLoad(files, environment, out var errors, encoding);
        if (severities is not null)
        {
            return severities;
        }

        foreach (var error in errors)
        {
            environment.Error.WriteLine(error.ToString());
        }

        environment.Error.WriteLine($"corpuslint: {errors.Count} error(s) in .editorconfig files; nothing was linted.");
        return null;
    }

    /// <summary>
    /// Reads the .editorconfig files that apply to <paramref name="files"/>; null, with every error in them (file,
    /// line, column), when any has one.
    /// </summary>
    public static EditorConfigSeverities? TryLoad(IEnumerable<CorpusFile> files, CliEnvironment environment, out IReadOnlyList<RuleFileError> errors, EncodingSetting? encoding = null)
    {
        var fileInFolder = new Dictionary<string, EditorConfigFile?>(StringComparer.Ordinal);
        var found = new List<RuleFileError>();
        foreach (var folder in FoldersOf(files))
        {
            ReadChain(folder, fileInFolder, environment, found);
        }

        errors = found;
        return found.Count == 0 ? new EditorConfigSeverities(fileInFolder, environment.Resolve, encoding) : null;
    }

    /// <summary>The folders that hold <paramref name="files"/>, each once, in the order first met.</summary>
    /// <remarks>Files in path order come folder by folder, so a folder's name is made once, not once a file.</remarks>
    private static List<string> FoldersOf(IEnumerable<CorpusFile> files)
    {
        var folders = new List<string>();
        var met = new HashSet<string>(StringComparer.Ordinal);
        var last = string.Empty;
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(file.FullPath.AsSpan());
            if (!folder.SequenceEqual(last))
            {
                last = folder.ToString();
                if (met.Add(last))
                {
                    folders.Add(last);
                }
            }
        }

        return folders;
    }

    /// <summary>
    /// Severities for documents named only as they are reported, such as those of a saved corpus state: each
    /// document's .editorconfig files are read the first time it is asked about.
    /// </summary>
    /// <exception cref="UsageException">A file that applies cannot be read or has an error.</exception>
    public static EditorConfigSeverities ReadAsAsked(CliEnvironment environment) => new([], environment.Resolve, encoding: null) { _environment = environment };

    /// <summary>Turns off (severity <c>none</c>) every descriptor that <paramref name="selected"/> leaves out: <c>--select</c> and <c>--ignore</c>.</summary>
    public void Restrict(Func<RuleDescriptor, bool>? selected) => _selected = selected;

    /// <summary>An engine that lints with these severities and reads each file in its encoding.</summary>
    public LintEngine CreateEngine(RuleSet ruleSet) => new(ruleSet, SeverityOf, encoding: EncodingOf);

    /// <summary>
    /// How the document shown as <paramref name="documentPath"/> is read when it has no byte order mark: the
    /// <c>--encoding</c> given, else its <c>corpuslint_encoding</c>, else <c>auto</c>: scraped Arabic corpora are often
    /// in a legacy code page, and valid UTF-8 is read as UTF-8 whatever the setting.
    /// </summary>
    public EncodingSetting EncodingOf(string documentPath) =>
        _encoding ?? _encodingByDocument.GetOrAdd(documentPath, path => EncodingConfiguration.From(Properties(path)) ?? EncodingSetting.Auto);

    /// <summary>The severity of <paramref name="descriptor"/> in the document shown as <paramref name="documentPath"/>.</summary>
    public Severity SeverityOf(string documentPath, RuleDescriptor descriptor) =>
        _selected?.Invoke(descriptor) == false ? Severity.None : _byDocument.GetOrAdd(documentPath, path => SeverityConfiguration.From(Properties(path))).SeverityOf(descriptor);

    /// <summary>The severity of <paramref name="descriptor"/> in a file or a JSON Lines record, which takes its corpus file's settings.</summary>
    public Severity SeverityInDocument(string documentPath, RuleDescriptor descriptor) =>
        SeverityOf(JsonlCorpus.SplitRecordPath(documentPath).File, descriptor);

    /// <summary>The properties that apply to a document, in the order they take effect.</summary>
    private IEnumerable<EditorConfigProperty> Properties(string documentPath)
    {
        var fullPath = _fullPath(documentPath);
        var chain = new List<(string Folder, EditorConfigFile File)>();

        // Files read as asked are added while other threads look up theirs.
        lock (_fileInFolder)
        {
            if (_environment is not null)
            {
                ReadChainAsAsked(Path.GetDirectoryName(fullPath)!, _environment);
            }

            for (var folder = Path.GetDirectoryName(fullPath); folder is not null && _fileInFolder.TryGetValue(folder, out var file); folder = Path.GetDirectoryName(folder))
            {
                if (file is not null)
                {
                    chain.Add((folder, file));
                    if (file.IsRoot)
                    {
                        break;
                    }
                }
            }
        }

        // Farthest first, so that nearer files override.
        chain.Reverse();
        return chain.SelectMany(link =>
            link.File.PropertiesFor(Path.GetRelativePath(link.Folder, fullPath).Replace(Path.DirectorySeparatorChar, '/')));
    }

    /// <summary>Called under the lock.</summary>
    private void ReadChainAsAsked(string folder, CliEnvironment environment)
    {
        var errors = new List<RuleFileError>();
        ReadChain(folder, _fileInFolder, environment, errors);
        if (errors.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, errors));
        }
    }

    /// <summary>Reads and checks the .editorconfig files from <paramref name="folder"/> up to the root one, skipping folders already read.</summary>
    private static void ReadChain(string folder, Dictionary<string, EditorConfigFile?> fileInFolder, CliEnvironment environment, List<RuleFileError> errors)
    {
        for (var current = folder; current is not null && !fileInFolder.ContainsKey(current); current = Path.GetDirectoryName(current))
        {
            var file = Read(Path.Combine(current, FileName), environment, errors);
            fileInFolder[current] = file;
            if (file is not null)
            {
                errors.AddRange(SeverityConfiguration.Validate(file).Concat(EncodingConfiguration.Validate(file)));
                if (file.IsRoot)
                {
                    break;
                }
            }
        }
    }

    private static EditorConfigFile? Read(string path, CliEnvironment environment, List<RuleFileError> errors)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(new RuleFileError(new SourceLocation(environment.Display(path), 1, 1), $"cannot read the file: {exception.Message}"));
            return null;
        }

        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Failure is { } failure)
        {
            errors.Add(new RuleFileError(new SourceLocation(environment.Display(path), failure.Position.Line + 1, failure.Position.Column + 1), failure.Message));
            return null;
        }

        return EditorConfigFile.Parse(environment.Display(path), decoded.Text!);
    }
}
