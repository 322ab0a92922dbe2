package dossier.eval.coref;

import java.util.Arrays;

/** The maximum-weight assignment of rows to columns (Kuhn-Munkres, O(n^2 m) with potentials). */
public final class Hungarian {
  private Hungarian() {}

  /**
   * For each row of {@code weights} (all rows the same length), the column assigned to it, or -1 when
   * there are more rows than columns and it has none. The sum of the assigned weights is maximal.
   */
  public static int[] maximize(double[][] weights) {
    int rows = weights.length;
    int cols = rows == 0 ? 0 : weights[0].length;
    // The algorithm below needs rows <= columns; a wide matrix is solved transposed.
    if (rows > cols) return transposed(weights, rows, cols);
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    if (rows == 0) return assigned;
    // Minimizes cost = -weight; 1-based arrays, index 0 a virtual row/column (the e-maxx formulation).
    double[] u = new double[rows + 1];
    double[] v = new double[cols + 1];
    int[] rowOfCol = new int[cols + 1];
    int[] way = new int[cols + 1];
    for (int i = 1; i <= rows; i++) {
      rowOfCol[0] = i;
      int col0 = 0;
      double[] minv = new double[cols + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[cols + 1];
      do {
        used[col0] = true;
        int row0 = rowOfCol[col0];
        double delta = Double.POSITIVE_INFINITY;
        int col1 = 0;
        for (int j = 1; j <= cols; j++) {
          if (used[j]) continue;
          double cur = -weights[row0 - 1][j - 1] - u[row0] - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = col0;
          }
          if (minv[j] < delta) {
            delta = minv[j];
            col1 = j;
          }
        }
        for (int j = 0; j <= cols; j++) {
          if (used[j]) {
            u[rowOfCol[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        col0 = col1;
      } while (rowOfCol[col0] != 0);
      do {
        int col1 = way[col0];
        rowOfCol[col0] = rowOfCol[col1];
        col0 = col1;
      } while (col0 != 0);
    }
    for (int j = 1; j <= cols; j++) {
      if (rowOfCol[j] != 0) assigned[rowOfCol[j] - 1] = j - 1;
    }
    return assigned;
  }

  private static int[] transposed(double[][] weights, int rows, int cols) {
    double[][] t = new double[cols][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) t[j][i] = weights[i][j];
    }
    int[] colToRow = maximize(t);
    int[] assigned = new int[rows];
    Arrays.fill(assigned, -1);
    for (int j = 0; j < cols; j++) {
      if (colToRow[j] >= 0) assigned[colToRow[j]] = j;
    }
    return assigned;
  }
}
