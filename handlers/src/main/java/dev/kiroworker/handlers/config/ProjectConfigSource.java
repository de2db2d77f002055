package dev.kiroworker.handlers.config;

import dev.kiroworker.handlers.errors.PermanentException;
import dev.kiroworker.handlers.errors.TransientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * Reads the project document from SSM Parameter Store and keeps it for a few minutes, so a warm
 * Lambda container does not call SSM on every invocation but still sees edits soon.
 */
public final class ProjectConfigSource {

  static final Duration CACHE_FOR = Duration.ofMinutes(5);

  private final SsmClient ssm;
  private final String parameterName;
  private final Clock clock;
  private ProjectConfig cached;
  private Instant cachedAt;

  public ProjectConfigSource(SsmClient ssm, String parameterName, Clock clock) {
    this.ssm = ssm;
    this.parameterName = parameterName;
    this.clock = clock;
  }

  /** The current document, from the cache when it is fresh. */
  public synchronized ProjectConfig get() {
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(cachedAt.plus(CACHE_FOR))) {
      cached = ProjectConfigParser.parse(fetch(), "SSM parameter " + parameterName);
      cachedAt = now;
    }
    return cached;
  }

  private String fetch() {
    try {
      return ssm.getParameter(request -> request.name(parameterName).withDecryption(true))
          .parameter()
          .value();
    } catch (ParameterNotFoundException e) {
      throw new PermanentException(
          "The SSM parameter "
              + parameterName
              + " does not exist. Create it with the project configuration (see docs/configuration.md).",
          e);
    } catch (SsmException e) {
      if (e.isThrottlingException() || e.statusCode() >= 500) {
        throw new TransientException("SSM could not be read just now: " + e.getMessage(), e);
      }
      throw new PermanentException(
          "Reading the SSM parameter " + parameterName + " failed: " + e.getMessage(), e);
    } catch (SdkClientException e) {
      throw new TransientException("SSM could not be reached: " + e.getMessage(), e);
    }
  }
}
