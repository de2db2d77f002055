package dev.kiroworker.cdk.config;

/**
 * The two thresholds of one alarmed metric: reaching {@code warning} raises the warning alarm,
 * reaching {@code error} the error alarm. Both are in the metric's own unit (a count, a percentage
 * or minutes).
 */
public record AlarmLevels(double warning, double error) {

  public AlarmLevels {
    if (!(warning > 0) || !(error > warning)) {
      throw new InvalidEnvironmentException(
          "An alarm's warning level must be above 0 and below its error level, but they are "
              + warning
              + " and "
              + error
              + ".");
    }
  }

  public static AlarmLevels of(double warning, double error) {
    return new AlarmLevels(warning, error);
  }
}
