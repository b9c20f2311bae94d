using Linter.Core.State;

namespace Linter.Core.Corpus;

/// <summary>
/// The state in a state file: per family and form the documents that use it, per family the documents that mix
/// forms; the occurrences by family, form and source; and the kept uses in path order, then position.
/// </summary>
public sealed partial class SpellingCounts : IStoredState
{
    int IStoredState.SchemaVersion => 2;

    void IStoredState.Write(StateWriter writer)
    {
        writer.Count(_documents.Length);
        for (var family = 0; family < _documents.Length; family++)
        {
            writer.Count(_documents[family].Length);
            foreach (var documents in _documents[family])
            {
                writer.Count(documents);
            }

            writer.Count(_mixing[family]);
        }

        writer.Count(_counts.Count);
        foreach (var ((family, form, source), count) in _counts
            .OrderBy(pair => pair.Key.Family)
            .ThenBy(pair => pair.Key.Form)
            .ThenBy(pair => pair.Key.Source, StringComparer.Ordinal))
        {
            writer.Count(family);
            writer.Count(form);
            writer.String(source);
            writer.Count(count);
        }

        writer.Count(_uses.Count);
        var previous = 0L;
        foreach (var use in _uses
            .OrderBy(use => use.Ordinal)
            .ThenBy(use => use.Location.Span.Start)
            .ThenBy(use => use.Family)
            .ThenBy(use => use.Form)
            .ThenBy(use => use.Location.Path, StringComparer.Ordinal))
        {
            writer.Count(use.Family);
            writer.Count(use.Form);
            writer.Int(use.Ordinal - previous);
            previous = use.Ordinal;
            writer.String(use.Location.Path);
            writer.Span(use.Location.Span);
            writer.Position(use.Location.Position);
            writer.String(use.Location.MatchedText);
            writer.LineKey(use.Location.LineKey);
            writer.Bool(use.Fixable);
        }
    }

    void IStoredState.Read(StateReader reader)
    {
        if (reader.Count() != _documents.Length)
        {
            throw reader.Damaged("another number of spelling families than the rule's");
        }

        for (var family = 0; family < _documents.Length; family++)
        {
            if (reader.Count() != _documents[family].Length)
            {
                throw reader.Damaged($"another number of forms in family {family} than the rule's");
            }

            for (var form = 0; form < _documents[family].Length; form++)
            {
                _documents[family][form] = reader.Int32();
            }

            _mixing[family] = reader.Int32();
        }

        for (var i = reader.Count(); i > 0; i--)
        {
            var (family, form) = Form(reader);
            _counts[(family, form, reader.String())] = reader.Int32();
        }

        var uses = reader.Count();
        _uses.Capacity = uses;
        var ordinal = 0L;
        for (var i = 0; i < uses; i++)
        {
            var (family, form) = Form(reader);
            ordinal += reader.Int();
            var location = new CorpusLocation(reader.String(), reader.Span(), reader.Position(), reader.String(), reader.LineKey());
            _uses.Add(new SpellingUse(family, form, ordinal, location, reader.Bool()));
        }
    }

    /// <summary>Reads a family and one of its forms, refusing one the rule does not have.</summary>
    private (int Family, int Form) Form(StateReader reader)
    {
        var family = reader.Int32();
        var form = reader.Int32();
        return family < _documents.Length && form < _documents[family].Length ? (family, form) : throw reader.Damaged($"form {form} of family {family}, which the rule does not have");
    }
}
