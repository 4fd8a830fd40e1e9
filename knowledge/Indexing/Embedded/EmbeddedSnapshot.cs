using System.Text.Json;
using EcomBot.Knowledge.Lexical;

namespace EcomBot.Knowledge.Indexing.Embedded;

/// <summary>
/// The embedded index on disk: a small binary file with each document's id, content hash, payload (JSON),
/// embedding and term vector. Written to a temporary file and moved into place, so a crash never leaves half a file.
/// </summary>
internal static class EmbeddedSnapshot
{
    private const string Magic = "ECOMBOT-KNOWLEDGE";
    private const int FormatVersion = 1;

    public static void Write(string path, int dimensions, IReadOnlyDictionary<string, IReadOnlyList<KnowledgeDocument>> collections)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(dimensions);
            writer.Write(collections.Count);
            foreach (var (name, documents) in collections)
            {
                writer.Write(name);
                writer.Write(documents.Count);
                foreach (var document in documents)
                {
                    WriteDocument(writer, document);
                }
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a snapshot; a file from another format or embedding size is an error, not silently dropped.</summary>
    public static IEnumerable<(string Name, List<KnowledgeDocument> Documents)> Read(string path, int dimensions)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"'{path}' is not a knowledge snapshot of format {FormatVersion}; delete it and run ingest again.");
        }
        var stored = reader.ReadInt32();
        if (stored != dimensions)
        {
            throw new InvalidDataException($"'{path}' holds {stored}-dimension embeddings but the model makes {dimensions}; delete it and run ingest again.");
        }
        var collections = reader.ReadInt32();
        var result = new List<(string, List<KnowledgeDocument>)>(collections);
        for (var c = 0; c < collections; c++)
        {
            var name = reader.ReadString();
            var count = reader.ReadInt32();
            var documents = new List<KnowledgeDocument>(count);
            for (var i = 0; i < count; i++)
            {
                documents.Add(ReadDocument(reader, dimensions));
            }
            result.Add((name, documents));
        }
        return result;
    }

    private static void WriteDocument(BinaryWriter writer, KnowledgeDocument document)
    {
        writer.Write(document.Id);
        writer.Write(document.ContentHash);
        writer.Write(JsonSerializer.Serialize(document.Payload));
        foreach (var value in document.Dense)
        {
            writer.Write(value);
        }
        writer.Write(document.Sparse.Count);
        for (var i = 0; i < document.Sparse.Count; i++)
        {
            writer.Write(document.Sparse.Indices[i]);
            writer.Write(document.Sparse.Values[i]);
        }
    }

    private static KnowledgeDocument ReadDocument(BinaryReader reader, int dimensions)
    {
        var id = reader.ReadString();
        var hash = reader.ReadString();
        var payload = JsonSerializer.Deserialize<KnowledgePayload>(reader.ReadString())
            ?? throw new InvalidDataException($"Document '{id}' has no payload.");
        var dense = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            dense[i] = reader.ReadSingle();
        }
        var terms = reader.ReadInt32();
        var indices = new uint[terms];
        var values = new float[terms];
        for (var i = 0; i < terms; i++)
        {
            indices[i] = reader.ReadUInt32();
            values[i] = reader.ReadSingle();
        }
        return new KnowledgeDocument(id, hash, payload, dense, new SparseVector(indices, values));
    }
}
