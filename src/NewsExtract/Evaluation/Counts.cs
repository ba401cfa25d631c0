namespace NewsExtract.Evaluation;

/// <summary>True positives, false positives and false negatives of one measure, and the scores they give.</summary>
public sealed class Counts
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(int truePositives, int falsePositives, int falseNegatives)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    public void Add(Counts other) => Add(other.TruePositives, other.FalsePositives, other.FalseNegatives);
}
