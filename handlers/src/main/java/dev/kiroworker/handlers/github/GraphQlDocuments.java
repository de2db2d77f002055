package dev.kiroworker.handlers.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The GraphQL documents the handlers send, kept as resources {@code graphql/<Name>.graphql} so a
 * test can validate each against GitHub's public schema. Each holds one operation named like its
 * file.
 */
public final class GraphQlDocuments {

  /** The classpath folder of the documents. */
  public static final String FOLDER = "graphql";

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

  private GraphQlDocuments() {}

  /**
   * The text of document {@code name}, read once per container.
   *
   * @throws IllegalArgumentException when there is no such document: a programming error
   */
  public static String load(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a GraphQL document name: use the file name, e.g. SpecBranch");
    }
    return LOADED.computeIfAbsent(name, GraphQlDocuments::read);
  }

  private static String read(String name) {
    String resource = FOLDER + "/" + name + ".graphql";
    try (InputStream in = GraphQlDocuments.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "No GraphQL document '" + name + "': expected the resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the GraphQL document " + resource, e);
    }
  }
}
