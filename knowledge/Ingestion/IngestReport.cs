namespace EcomBot.Knowledge.Ingestion;

/// <summary>What one ingestion run did to a collection.</summary>
public sealed record IngestReport(string Collection, int Documents, int Written, int Unchanged, int Deleted, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Collection}: {Documents} documents, {Written} written, {Unchanged} unchanged, {Deleted} deleted in {Elapsed.TotalSeconds:F1} s";
}
