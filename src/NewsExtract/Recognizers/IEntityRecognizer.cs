namespace NewsExtract.Recognizers;

/// <summary>Proposes entities of one type in one sentence. Recognizers are stateless and thread-safe.</summary>
public interface IEntityRecognizer
{
    void Recognize(AnalyzedText text, Text.Sentence sentence, List<Entity> found);
}
