namespace EcomBot.Bot.Conversation.Routing.Reading;

/// <summary>
/// The languages customers most often write in instead of English, told by script or, in Latin script, by their most
/// common short words (none of which is an English word a customer would write).
/// </summary>
internal static class LanguageWords
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "is", "i", "to", "and", "of", "for", "please", "order", "want", "you", "it", "in", "on",
        "with", "what", "where", "how", "can", "me", "this", "that", "hi", "hello", "thanks", "yes", "no", "not", "do",
        "return", "cancel", "help", "need", "would", "like", "your", "are", "was",
    };

    private static readonly Dictionary<string, HashSet<string>> Common = new(StringComparer.Ordinal)
    {
        ["es"] = Set("quiero", "mi", "mis", "pedido", "por", "favor", "el", "los", "las", "una", "dónde", "donde", "está", "cómo",
            "necesito", "devolver", "hola", "gracias", "tengo", "que", "con", "para", "puedo", "cancelar", "compra", "ayuda"),
        ["fr"] = Set("je", "veux", "mon", "ma", "mes", "commande", "le", "les", "une", "est", "où", "bonjour", "merci", "avec",
            "pour", "retourner", "annuler", "aide", "voudrais", "suis", "ne", "pas", "vous", "s'il", "plaît"),
        ["de"] = Set("ich", "möchte", "meine", "mein", "bestellung", "der", "die", "das", "und", "ist", "wo", "hallo", "danke",
            "bitte", "zurückgeben", "stornieren", "hilfe", "nicht", "mit", "für", "habe", "eine", "wie"),
        ["pt"] = Set("quero", "meu", "minha", "pedido", "obrigado", "obrigada", "olá", "onde", "está", "não", "uma", "devolver",
            "cancelar", "ajuda", "preciso", "com", "para", "você"),
        ["it"] = Set("voglio", "mio", "mia", "ordine", "il", "gli", "una", "dov'è", "dove", "ciao", "grazie", "restituire",
            "annullare", "aiuto", "vorrei", "sono", "non", "con", "per"),
    };

    /// <summary>The language whose common words the message uses, when it uses no English one; otherwise null.</summary>
    public static string? OtherLanguage(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words.Any(English.Contains))
        {
            return null;
        }
        var best = Common
            .Select(language => (language.Key, Hits: words.Count(language.Value.Contains)))
            .MaxBy(language => language.Hits);
        // Two common words, or a message that is nothing but one ("gracias"): a name or a product is neither.
        return best.Hits >= 2 || (best.Hits == 1 && words.Count == 1) ? best.Key : null;
    }

    /// <summary>The language the letters' script is mostly written in, when one script means one language (kana among
    /// Chinese characters is Japanese).</summary>
    public static string? ScriptLanguage(IReadOnlyCollection<char> letters) =>
        letters.Any(c => c is >= '\u3040' and <= '\u30FF') ? "ja" : letters.Select(Script).FirstOrDefault(l => l is not null);

    private static string? Script(char letter) => letter switch
    {
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => "ko",
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => "zh",
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0900' and <= '\u097F' => "hi",
        _ => null,
    };

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
