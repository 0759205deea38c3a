package org.osicam.core.consolidation;

/**
 * Default m and u of every comparison level and how much they weigh against the data: the estimates
 * are Dirichlet posterior means, {@code (count(level) + N0 * default(level)) / (total + N0)}, so
 * the defaults act as {@code N0} pseudo-pairs. With a handful of pairs the defaults dominate; with
 * thousands the data do, with no threshold on the input size.
 *
 * <p>The defaults describe person records in general, not one data set: m from typical typo and
 * missing-value rates (close to what EM finds on Febrl 4 and Splink's fake_1000), u from the chance
 * that two different people agree (a few in a thousand share a given name, about one in ten
 * thousand a birth date, almost none an e-mail, phone or national id).
 */
final class Priors {
  private Priors() {}

  /** Weight of the default m in matched pairs: with fewer expected matches, it dominates. */
  static final double M_PAIRS = 20;

  /**
   * Weight of the default u in pairs of different people: about the pairs among 45 records, so a
   * population of a few dozen records moves u half way and 1,000 records (500,000 pairs) decide it.
   */
  static final double U_PAIRS = 1_000;

  /**
   * Weight of the attribute's exact-agreement u in a value's term frequency, in records: a name
   * seen twice in three records is not a name shared by two people in three.
   */
  static final double TF_RECORDS = 50;

  // per level 1.. (index 0, missing, unused): exact, close, loose, different
  private static final double[][] M = new double[Attribute.ALL.length][];
  private static final double[][] U = new double[Attribute.ALL.length][];

  static {
    set(Attribute.GIVEN_NAME, new double[] {0.80, 0.08, 0.06, 0.06}, 0.01, 0.003, 0.01);
    set(Attribute.FAMILY_NAME, new double[] {0.80, 0.08, 0.06, 0.06}, 0.005, 0.002, 0.005);
    set(Attribute.BIRTH_DATE, new double[] {0.85, 0.05, 0.05, 0.05}, 1e-4, 1e-3, 0.03);
    set(Attribute.EMAIL, new double[] {0.80, 0.10, 0.10}, 1e-4, 1e-4);
    set(Attribute.PHONE, new double[] {0.80, 0.10, 0.10}, 1e-4, 1e-4);
    set(Attribute.NATIONAL_ID, new double[] {0.90, 0.05, 0.05}, 1e-5, 1e-5);
    set(Attribute.STREET_NUMBER, new double[] {0.85, 0.15}, 0.02);
    set(Attribute.STREET, new double[] {0.75, 0.15, 0.10}, 1e-3, 1e-3);
    set(Attribute.POSTCODE, new double[] {0.85, 0.05, 0.10}, 2e-3, 0.01);
    set(Attribute.CITY, new double[] {0.80, 0.10, 0.10}, 0.01, 0.005);
  }

  /**
   * @param m the m of levels 1.. (sums to 1)
   * @param u the u of every level but the last (disagreement takes the rest)
   */
  private static void set(Attribute a, double[] m, double... u) {
    if (m.length != a.levelCount() - 1 || u.length != m.length - 1) {
      throw new IllegalStateException("levels of " + a.key());
    }
    M[a.ordinal()] = new double[a.levelCount()];
    U[a.ordinal()] = new double[a.levelCount()];
    System.arraycopy(m, 0, M[a.ordinal()], 1, m.length);
    double rest = 1;
    for (int l = 0; l < u.length; l++) {
      U[a.ordinal()][l + 1] = u[l];
      rest -= u[l];
    }
    U[a.ordinal()][a.levelCount() - 1] = rest;
  }

  /** The default m of a level (level 1.. of the attribute). */
  static double m(Attribute a, int level) {
    return M[a.ordinal()][level];
  }

  /** The default u of a level (level 1.. of the attribute). */
  static double u(Attribute a, int level) {
    return U[a.ordinal()][level];
  }
}
