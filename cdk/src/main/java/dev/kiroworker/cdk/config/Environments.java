package dev.kiroworker.cdk.config;

import java.util.List;
import java.util.Map;

/**
 * The three environments kiro-worker ships with. Test is cheap and throw-away; staging mirrors
 * production with looser alarms; production keeps its data and alarms early.
 */
public final class Environments {

  public static final DeploymentEnvironment TEST =
      new DeploymentEnvironment(
          "test",
          "rate(1 hour)",
          80,
          List.of(),
          "BUILD_GENERAL1_SMALL",
          60,
          1,
          60,
          1024,
          14,
          30,
          90,
          false,
          new Alarms(
              AlarmLevels.of(2, 5),
              AlarmLevels.of(50, 80),
              AlarmLevels.of(45, 55),
              AlarmLevels.of(3, 10),
              AlarmLevels.of(5, 20),
              AlarmLevels.of(10, 50),
              AlarmLevels.of(75, 120)));

  public static final DeploymentEnvironment STAGING =
      new DeploymentEnvironment(
          "staging",
          "rate(30 minutes)",
          80,
          List.of(),
          "BUILD_GENERAL1_MEDIUM",
          60,
          1,
          60,
          1024,
          30,
          30,
          90,
          true,
          new Alarms(
              AlarmLevels.of(1, 3),
              AlarmLevels.of(40, 70),
              AlarmLevels.of(45, 55),
              AlarmLevels.of(2, 5),
              AlarmLevels.of(3, 10),
              AlarmLevels.of(5, 25),
              AlarmLevels.of(75, 120)));

  public static final DeploymentEnvironment PRODUCTION =
      new DeploymentEnvironment(
          "production",
          "rate(15 minutes)",
          80,
          List.of(),
          "BUILD_GENERAL1_MEDIUM",
          90,
          2,
          60,
          1536,
          90,
          30,
          90,
          true,
          new Alarms(
              AlarmLevels.of(1, 2),
              AlarmLevels.of(30, 60),
              AlarmLevels.of(70, 85),
              AlarmLevels.of(1, 3),
              AlarmLevels.of(1, 5),
              AlarmLevels.of(1, 10),
              AlarmLevels.of(105, 150)));

  private static final Map<String, DeploymentEnvironment> BY_NAME =
      Map.of("test", TEST, "staging", STAGING, "production", PRODUCTION);

  private Environments() {}

  /** The names {@code -c environment=} accepts, in promotion order. */
  public static List<String> names() {
    return List.of("test", "staging", "production");
  }

  /** The environment called {@code name}, or an exception naming the ones there are. */
  public static DeploymentEnvironment named(String name) {
    DeploymentEnvironment environment = BY_NAME.get(name);
    if (environment == null) {
      throw new InvalidEnvironmentException(
          "Unknown environment '"
              + name
              + "'. Choose one of "
              + String.join(", ", names())
              + ", e.g. npx aws-cdk synth -c environment=test.");
    }
    return environment;
  }
}
