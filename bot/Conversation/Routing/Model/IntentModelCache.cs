using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EcomBot.Bot.Conversation.Routing.Training;

namespace EcomBot.Bot.Conversation.Routing.Model;

/// <summary>
/// Trained router weights on disk, one file per training run identity: a SHA-256 over the model version, the
/// hyperparameters, the embedding model's identity and every labelled utterance. A changed input is a different file,
/// so a stale model is never loaded; a damaged or mismatching file is ignored and the model is trained again.
/// </summary>
public sealed class IntentModelCache(string directory)
{
    private const string Magic = "ECOMBOT-INTENT-MODEL";

    public string Directory { get; } = directory;

    public static string Key(
        IReadOnlyList<LabelledUtterance> examples, IntentModelHyperparameters hyperparameters, string embeddingIdentity)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Append($"v{IntentModelHyperparameters.ModelVersion}");
        Append(JsonSerializer.Serialize(hyperparameters));
        Append(embeddingIdentity);
        foreach (var example in examples)
        {
            Append(example.Intent + "\t" + example.Text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public string PathFor(string key) => Path.Combine(Directory, $"intent-model-{key[..24]}.bin");

    public SoftmaxModel? TryLoad(string key)
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != key)
            {
                return null;
            }
            var labels = new string[reader.ReadInt32()];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }
            var dense = reader.ReadInt32();
            var sparse = reader.ReadInt32();
            var temperature = reader.ReadSingle();
            var biases = ReadFloats(reader, labels.Length);
            var weights = ReadFloats(reader, (dense + sparse) * labels.Length);
            return new SoftmaxModel(labels, dense, sparse, weights, biases, temperature);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes to a temporary file first and moves it into place, so a reader never sees half a model.</summary>
    public void Save(string key, SoftmaxModel model)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathFor(key);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(key);
            writer.Write(model.Labels.Count);
            foreach (var label in model.Labels)
            {
                writer.Write(label);
            }
            writer.Write(model.DenseDimensions);
            writer.Write(model.SparseDimensions);
            writer.Write(model.Temperature);
            WriteFloats(writer, model.Biases);
            WriteFloats(writer, model.Weights);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        var bytes = reader.ReadBytes(count * sizeof(float));
        if (bytes.Length != count * sizeof(float))
        {
            throw new InvalidDataException("Truncated model file");
        }
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }
}
