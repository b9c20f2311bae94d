using System.Diagnostics.CodeAnalysis;

namespace Linter.Core.Analysis;

/// <summary>
/// A value built once, on first need, by the first thread that needs it, for values that only make work faster (a
/// compiled expression, a line finder): the threads that need it while it is being built go on without it instead of
/// waiting, as they would on a <see cref="Lazy{T}"/>, since doing the work the slower way costs them less than
/// waiting for the build. A build that throws leaves the value unbuilt for good; its exception goes to the thread
/// that built, and the others go on without the value.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class NonBlockingLazy<T>
{
    private const int NotStarted = 0;
    private const int Building = 1;
    private const int Built = 2;

    private readonly Func<T>? _build;
    private T? _value;
    private int _state;

    /// <summary>A value that <paramref name="build"/> builds on first need.</summary>
    public NonBlockingLazy(Func<T> build)
    {
        _build = build;
    }

    private NonBlockingLazy(T value)
    {
        _value = value;
        _state = Built;
    }

    /// <summary>A value that needs no building.</summary>
    public static NonBlockingLazy<T> FromValue(T value) => new(value);

    /// <summary>
    /// The value, when it is built; otherwise builds it on this thread, unless another thread is building it, in
    /// which case this returns false at once.
    /// </summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        if (Volatile.Read(ref _state) == NotStarted && Interlocked.CompareExchange(ref _state, Building, NotStarted) == NotStarted)
        {
            _value = _build!();
            Volatile.Write(ref _state, Built);
        }

        return TryGetBuilt(out value);
    }

    /// <summary>The value, when it is built; never starts the build.</summary>
    public bool TryGetBuilt([MaybeNullWhen(false)] out T value)
    {
        var built = Volatile.Read(ref _state) == Built;
        value = built ? _value! : default;
        return built;
    }
}
