package dev.kiroworker.handlers.github;

import dev.kiroworker.testsupport.HarnessSettings;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub's public GraphQL schema, from the {@code @octokit/graphql-schema} npm package that {@code
 * mvn verify} installs, for validating documents against. Loaded once per test run (about a
 * second).
 */
final class GitHubSchema {

  private static final Path SCHEMA =
      Path.of("node_modules", "@octokit", "graphql-schema", "schema.graphql");

  private GitHubSchema() {}

  /** The validation errors of {@code document}; none when it fits the schema. */
  static List<ValidationError> validate(String document) {
    return graphql.ParseAndValidate.validate(Holder.SCHEMA, Parser.parse(document), Locale.ENGLISH);
  }

  private static final class Holder {
    static final GraphQLSchema SCHEMA = load();
  }

  private static GraphQLSchema load() {
    Path file = HarnessSettings.fromEnvironment().nodeTools().resolve(GitHubSchema.SCHEMA);
    try {
      TypeDefinitionRegistry registry = new SchemaParser().parse(Files.readString(file));
      dropDuplicateFields(registry);
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read GitHub's schema at " + file + "; run mvn verify", e);
    }
  }

  /**
   * The published schema declares some fields twice (EnterpriseOwnerInfo, in 15.26.1), which
   * graphql-java rejects; GitHub's server, and so this validation, treat them as one.
   */
  private static void dropDuplicateFields(TypeDefinitionRegistry registry) {
    List<ObjectTypeDefinition> types = registry.getTypes(ObjectTypeDefinition.class);
    for (ObjectTypeDefinition type : types) {
      Set<String> seen = new HashSet<>();
      List<FieldDefinition> unique =
          type.getFieldDefinitions().stream().filter(field -> seen.add(field.getName())).toList();
      if (unique.size() != type.getFieldDefinitions().size()) {
        registry.remove(type);
        registry.add(type.transform(builder -> builder.fieldDefinitions(unique)));
      }
    }
  }
}
