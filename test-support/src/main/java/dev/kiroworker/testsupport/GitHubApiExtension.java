package dev.kiroworker.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link GitHubApi} parameter: a WireMock server shared by the test run, emptied
 * before each test so no stub or recorded request leaks from one test into the next.
 */
public final class GitHubApiExtension implements ParameterResolver, BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(GitHubApiExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    gitHubApi(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GitHubApi.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return gitHubApi(context);
  }

  private static GitHubApi gitHubApi(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            GitHubApi.class,
            key -> GitHubApi.start(HarnessSettings.fromEnvironment()),
            GitHubApi.class);
  }
}
