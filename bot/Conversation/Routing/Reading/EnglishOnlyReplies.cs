namespace EcomBot.Bot.Conversation.Routing.Reading;

/// <summary>
/// What the bot says to a message it cannot read: in plain English, and for a message in another language also in that
/// language, so a customer who reads no English still learns what to do (write in English, or ask for a person).
/// </summary>
public static class EnglishOnlyReplies
{
    public const string TalkToAPerson = "Talk to a person";

    private static readonly Dictionary<string, string> InLanguage = new(StringComparer.Ordinal)
    {
        ["es"] = "Lo siento, solo puedo leer inglés. Escríbame en inglés o pulse \"Talk to a person\" para hablar con una persona.",
        ["fr"] = "Désolé, je ne lis que l'anglais. Écrivez-moi en anglais ou appuyez sur \"Talk to a person\" pour parler à une personne.",
        ["de"] = "Entschuldigung, ich kann nur Englisch lesen. Schreiben Sie bitte auf Englisch oder tippen Sie auf \"Talk to a person\", um mit einem Menschen zu sprechen.",
        ["pt"] = "Desculpe, só consigo ler inglês. Escreva em inglês ou toque em \"Talk to a person\" para falar com uma pessoa.",
        ["it"] = "Mi dispiace, so leggere solo l'inglese. Scrivimi in inglese o tocca \"Talk to a person\" per parlare con una persona.",
        ["zh"] = "抱歉，我目前只能读懂英文。请用英文输入，或点击 \"Talk to a person\" 联系人工客服。",
        ["ja"] = "申し訳ありませんが、英語しか読めません。英語で入力するか、\"Talk to a person\" を押して担当者とお話しください。",
        ["ko"] = "죄송합니다. 영어만 읽을 수 있습니다. 영어로 입력하시거나 \"Talk to a person\"을 눌러 상담원과 대화하세요.",
        ["ru"] = "Извините, я понимаю только английский. Напишите по-английски или нажмите \"Talk to a person\", чтобы поговорить с сотрудником.",
        ["ar"] = "عذرًا، أستطيع قراءة الإنجليزية فقط. اكتب بالإنجليزية أو اضغط \"Talk to a person\" للتحدث مع موظف.",
        ["hi"] = "क्षमा करें, मैं केवल अंग्रेज़ी पढ़ सकता हूँ। कृपया अंग्रेज़ी में लिखें या किसी व्यक्ति से बात करने के लिए \"Talk to a person\" दबाएँ।",
    };

    /// <summary>The reply to <paramref name="unreadable"/>; <paramref name="choices"/> are what the flow in progress offered,
    /// kept as buttons so the customer can answer without typing.</summary>
    public static BotReply For(Unreadable unreadable, IReadOnlyList<string> choices)
    {
        string[] actions = choices.Count > 0 ? [.. choices, TalkToAPerson] : [TalkToAPerson, "Start over"];
        if (unreadable.Kind == UnreadableKind.NoWords)
        {
            return BotReply.Say(
                "I can only read words, not emoji or symbols on their own. Could you tell me in a few words"
                + (choices.Count > 0 ? ", or pick one of these?" : "?"),
                actions);
        }
        var english = "Sorry, I can only read English for now. Please write to me in English, or choose \"Talk to a person\".";
        return BotReply.Say(
            unreadable.Language is { } language && InLanguage.TryGetValue(language, out var translated) ? $"{english}\n\n{translated}" : english,
            actions);
    }
}
