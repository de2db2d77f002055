package dev.kiroworker.handlers.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every document the handlers send fits GitHub's public schema, checked before GitHub sees it. */
class GraphQlDocumentsTest {

  static Stream<String> documentNames() throws IOException, URISyntaxException {
    Path folder =
        Path.of(
            GraphQlDocuments.class.getClassLoader().getResource(GraphQlDocuments.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".graphql"))
              .map(name -> name.substring(0, name.length() - ".graphql".length()))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @Test
  void theDocumentsTheServicesNeed_exist() throws Exception {
    assertThat(documentNames())
        .contains(
            "ProjectItemsOrg",
            "ProjectItemsUser",
            "ProjectStatusField",
            "SpecBranch",
            "UpdateItemStatus");
  }

  @ParameterizedTest
  @MethodSource("documentNames")
  void document_validatesAgainstGitHubsSchema(String name) {
    assertThat(GitHubSchema.validate(GraphQlDocuments.load(name))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("documentNames")
  void document_holdsOneOperationNamedLikeItsFile(String name) {
    Document document = Parser.parse(GraphQlDocuments.load(name));

    assertThat(document.getDefinitionsOfType(OperationDefinition.class))
        .singleElement()
        .satisfies(operation -> assertThat(operation.getName()).isEqualTo(name));
  }

  @Test
  void documentWithAnInventedField_failsValidation() throws IOException {
    String invented;
    try (var in =
        getClass().getClassLoader().getResourceAsStream("graphql-invalid/InventedField.graphql")) {
      invented = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertThat(GitHubSchema.validate(invented))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error.getMessage()).contains("priority"));
  }

  @Test
  void load_returnsTheSameTextEachTime() {
    String first = GraphQlDocuments.load("SpecBranch");

    assertThat(first).contains("query SpecBranch(");
    assertThat(GraphQlDocuments.load("SpecBranch")).isSameAs(first);
  }

  @Test
  void load_missingDocument_namesTheResourceLookedFor() {
    assertThatThrownBy(() -> GraphQlDocuments.load("Absent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No GraphQL document 'Absent': expected the resource graphql/Absent.graphql");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secrets", "specBranch", "Spec.Branch", ""})
  void load_nameThatIsNotADocumentName_isRejected(String name) {
    assertThatThrownBy(() -> GraphQlDocuments.load(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a GraphQL document name");
  }

  @Test
  void load_null_isRejected() {
    assertThatThrownBy(() -> GraphQlDocuments.load(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
