package dev.kiroworker.worker.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiroworker.worker.cli.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployerPolicyTest {

  @Test
  void readsAllowStatementsWithStringOrArrayActionsAndResources() {
    DeployerPolicy policy =
        DeployerPolicy.parse(
            "p.json",
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "One", "Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"},
              {"Effect": "Allow", "Action": ["ssm:PutParameter", "ssm:GetParameter"],
               "Resource": ["arn:aws:ssm:*:*:parameter/a", "arn:aws:ssm:*:*:parameter/b"]},
              {"Sid": "NotForUs", "Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*"}
            ]}
            """);

    assertThat(policy.statements())
        .containsExactly(
            new DeployerPolicy.Statement("One", List.of("sts:AssumeRole"), List.of("*")),
            new DeployerPolicy.Statement(
                "statement 2",
                List.of("ssm:PutParameter", "ssm:GetParameter"),
                List.of("arn:aws:ssm:*:*:parameter/a", "arn:aws:ssm:*:*:parameter/b")));
    assertThat(policy.permissionCount()).isEqualTo(5);
  }

  @Test
  void acceptsASingleStatementObject() {
    DeployerPolicy policy =
        DeployerPolicy.parse(
            "p.json",
            """
            {"Version": "2012-10-17",
             "Statement": {"Effect": "Allow", "Action": "sts:GetCallerIdentity", "Resource": "*"}}
            """);

    assertThat(policy.statements()).hasSize(1);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                DeployerPolicy.parse(
                    "bad.json",
                    """
                    {"Version": "2008-10-17", "Statement": [
                      {"Sid": "Wild", "Effect": "Allow", "Action": "iam:*", "Resource": "*"},
                      {"Sid": "Negative", "Effect": "Allow", "NotAction": "s3:GetObject",
                       "Resource": []},
                      {"Sid": "Odd", "Effect": "Maybe", "Action": [42], "Resource": "*"},
                      "not a statement"
                    ]}
                    """))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("the policy bad.json is not a policy the preflight can check:")
        .hasMessageContaining("Version must be \"2012-10-17\", not \"2008-10-17\"")
        .hasMessageContaining("Wild: action 'iam:*' is not an exact action name")
        .hasMessageContaining("Negative: NotAction lists what is not granted")
        .hasMessageContaining("Negative: Action must be a string or a non-empty array of strings")
        .hasMessageContaining("Negative: Resource must be a string or a non-empty array of strings")
        .hasMessageContaining("Odd: Effect must be Allow or Deny, not \"Maybe\"")
        .hasMessageContaining("Odd: every Action must be a non-empty string, not 42")
        .hasMessageContaining("statement 4: a statement must be a JSON object");
  }

  @Test
  void refusesADocumentThatIsNotAPolicy() {
    assertThatThrownBy(() -> DeployerPolicy.parse("list.json", "[1, 2]"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the document must be a JSON object with Version and Statement");
    assertThatThrownBy(() -> DeployerPolicy.parse("empty.json", "{\"Version\": \"2012-10-17\"}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Statement must be a statement object or a non-empty array of them");
    assertThatThrownBy(() -> DeployerPolicy.parse("two.json", "{} {}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the policy two.json is not valid JSON");
  }

  @Test
  void aPolicyOfDenyStatementsOnlyHasNothingToCheck() {
    assertThatThrownBy(
            () ->
                DeployerPolicy.parse(
                    "deny.json",
                    """
                    {"Version": "2012-10-17",
                     "Statement": {"Effect": "Deny", "Action": "iam:CreateUser", "Resource": "*"}}
                    """))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("the policy deny.json has no Allow statement, so there is nothing to check");
  }
}
