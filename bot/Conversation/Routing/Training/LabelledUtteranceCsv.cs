using System.Text;

namespace EcomBot.Bot.Conversation.Routing.Training;

/// <summary>
/// Reads labelled utterances from CSV with a header naming an <c>utterance</c> and an <c>intent</c> column
/// (the Bitext format, whose other columns are ignored). Quoted fields may hold commas, doubled quotes and line breaks.
/// </summary>
public static class LabelledUtteranceCsv
{
    public static IReadOnlyList<LabelledUtterance> Read(TextReader reader, string sourceName)
    {
        using var records = ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InvalidDataException($"{sourceName} is empty");
        }
        var header = records.Current;
        var utteranceColumn = header.FindIndex(c => c.Trim() == "utterance");
        var intentColumn = header.FindIndex(c => c.Trim() == "intent");
        if (utteranceColumn < 0 || intentColumn < 0)
        {
            throw new InvalidDataException($"{sourceName} needs 'utterance' and 'intent' columns in its header");
        }

        var examples = new List<LabelledUtterance>();
        var line = 1;
        while (records.MoveNext())
        {
            line++;
            var fields = records.Current;
            if (fields is [""])
            {
                continue;
            }
            if (fields.Count <= Math.Max(utteranceColumn, intentColumn))
            {
                throw new InvalidDataException($"{sourceName} record {line} has {fields.Count} fields");
            }
            var text = fields[utteranceColumn].Trim();
            var intent = fields[intentColumn].Trim();
            if (text.Length > 0 && intent.Length > 0)
            {
                examples.Add(new LabelledUtterance(text, intent));
            }
        }
        return examples;
    }

    public static IReadOnlyList<LabelledUtterance> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    private static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
