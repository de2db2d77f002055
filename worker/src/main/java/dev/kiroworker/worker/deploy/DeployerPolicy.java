package dev.kiroworker.worker.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiroworker.worker.cli.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The permissions an IAM identity policy grants, read as the preflight's list of requirements: each
 * {@code Allow} statement's actions on each of its resources. {@code Deny} statements take nothing
 * away from what a deployer needs, so they are skipped.
 *
 * @param statements the policy's Allow statements, in file order
 */
public record DeployerPolicy(List<Statement> statements) {

  /** The policy language version; policy variables such as {@code ${aws:PrincipalArn}} need it. */
  static final String VERSION = "2012-10-17";

  // The simulator evaluates named actions only: "iam:*" or "s3:Get*" cannot be asked about.
  private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z0-9]+");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * One Allow statement.
   *
   * @param label its Sid, or "statement N" when it has none
   * @param actions the exact action names it allows
   * @param resources the resource ARNs or patterns it allows them on
   */
  public record Statement(String label, List<String> actions, List<String> resources) {

    public Statement {
      actions = List.copyOf(actions);
      resources = List.copyOf(resources);
    }
  }

  public DeployerPolicy {
    statements = List.copyOf(statements);
  }

  /**
   * Reads a policy document, collecting every problem before it reports them together.
   *
   * @param source where the text came from, for messages
   * @throws InvalidInputException when the text is not a policy the preflight can check
   */
  public static DeployerPolicy parse(String source, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          "the policy "
              + source
              + " is not valid JSON: "
              + e.getOriginalMessage()
              + "; fix it or pass another file with --policy");
    }
    List<String> problems = new ArrayList<>();
    List<Statement> statements = new ArrayList<>();
    if (root == null || !root.isObject()) {
      problems.add("the document must be a JSON object with Version and Statement");
    } else {
      if (!VERSION.equals(root.path("Version").asText(null))) {
        problems.add("Version must be \"" + VERSION + "\", not " + root.path("Version"));
      }
      JsonNode statement = root.path("Statement");
      List<JsonNode> each = statement.isObject() ? List.of(statement) : elements(statement);
      if (each.isEmpty()) {
        problems.add("Statement must be a statement object or a non-empty array of them");
      }
      for (int i = 0; i < each.size(); i++) {
        read(each.get(i), i + 1, problems).ifPresent(statements::add);
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.listing(
          "the policy " + source + " is not a policy the preflight can check:", problems);
    }
    if (statements.isEmpty()) {
      throw new InvalidInputException(
          "the policy " + source + " has no Allow statement, so there is nothing to check");
    }
    return new DeployerPolicy(statements);
  }

  /** How many action and resource pairs the policy grants. */
  public int permissionCount() {
    return statements.stream().mapToInt(s -> s.actions().size() * s.resources().size()).sum();
  }

  private static Optional<Statement> read(JsonNode statement, int number, List<String> problems) {
    String label =
        statement.path("Sid").isTextual() ? statement.path("Sid").asText() : "statement " + number;
    if (!statement.isObject()) {
      problems.add(label + ": a statement must be a JSON object");
      return Optional.empty();
    }
    for (String unsupported : List.of("NotAction", "NotResource")) {
      if (statement.has(unsupported)) {
        problems.add(
            label
                + ": "
                + unsupported
                + " lists what is not granted; write the granted actions and resources out");
      }
    }
    String effect = statement.path("Effect").asText("");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      problems.add(label + ": Effect must be Allow or Deny, not " + statement.path("Effect"));
    }
    List<String> actions = strings(statement.path("Action"), label, "Action", problems);
    for (String action : actions) {
      if (!ACTION.matcher(action).matches()) {
        problems.add(
            label
                + ": action '"
                + action
                + "' is not an exact action name such as sts:AssumeRole (the simulator cannot"
                + " expand wildcards)");
      }
    }
    List<String> resources = strings(statement.path("Resource"), label, "Resource", problems);
    return effect.equals("Allow")
        ? Optional.of(new Statement(label, actions, resources))
        : Optional.empty();
  }

  /** A string or an array of strings, as IAM accepts for Action and Resource. */
  private static List<String> strings(
      JsonNode value, String label, String field, List<String> problems) {
    List<JsonNode> each = value.isTextual() ? List.of(value) : elements(value);
    List<String> strings = new ArrayList<>();
    for (JsonNode element : each) {
      if (element.isTextual() && !element.asText().isBlank()) {
        strings.add(element.asText());
      } else {
        problems.add(label + ": every " + field + " must be a non-empty string, not " + element);
      }
    }
    if (each.isEmpty()) {
      problems.add(label + ": " + field + " must be a string or a non-empty array of strings");
    }
    return strings;
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> elements = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(elements::add);
    }
    return elements;
  }
}
