package dossier.eval.coref;

/** A coreference metric's recall and precision as fractions, so that documents add up before dividing. */
public record CorefScore(double recallNum, double recallDen, double precisionNum, double precisionDen) {

  public double recall() {
    return recallDen == 0 ? 0 : recallNum / recallDen;
  }

  public double precision() {
    return precisionDen == 0 ? 0 : precisionNum / precisionDen;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
