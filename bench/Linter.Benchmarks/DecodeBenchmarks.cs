using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Linter.Core.Text;

namespace Linter.Benchmarks;

/// <summary>UTF-8 to UTF-16 of the five seed articles (real Arabic news): .NET's transcoder against the linter's.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private byte[][] _articles = [];
    private char[] _characters = [];

    /// <summary>Reads the articles' bytes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. Directory.GetFiles(Path.Combine(BenchData.RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
        _characters = new char[_articles.Max(article => article.Length)];
    }

    /// <summary>.NET's transcoder.</summary>
    [Benchmark(Baseline = true)]
    public int DotNet()
    {
        var written = 0;
        foreach (var article in _articles)
        {
            Utf8.ToUtf16(article, _characters, out _, out var characters, replaceInvalidSequences: false);
            written += characters;
        }

        return written;
    }

    /// <summary>The linter's transcoder.</summary>
    [Benchmark]
    public int Transcoder()
    {
        var written = 0;
        foreach (var article in _articles)
        {
            Utf8Transcoder.ToUtf16(article, _characters, out _, out var characters);
            written += characters;
        }

        return written;
    }

    /// <summary>A whole document's decoding, as the linter reads a file: the binary probe, and the text made.</summary>
    [Benchmark]
    public int Decode() => _articles.Sum(article => DocumentDecoder.Decode(article).Text!.Length);
}
