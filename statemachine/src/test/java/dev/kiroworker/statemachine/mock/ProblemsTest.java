package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.kiroworker.statemachine.json.Json;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void kind_namesEveryJsonTypeTheWayMessagesUseIt() {
    assertThat(Problems.kind(Json.parse("{}"))).isEqualTo("an object");
    assertThat(Problems.kind(Json.parse("[]"))).isEqualTo("an array");
    assertThat(Problems.kind(Json.parse("\"s\""))).isEqualTo("a string");
    assertThat(Problems.kind(Json.parse("1"))).isEqualTo("a number");
    assertThat(Problems.kind(BooleanNode.TRUE)).isEqualTo("a boolean");
    assertThat(Problems.kind(NullNode.getInstance())).isEqualTo("null");
    assertThat(Problems.kind(MissingNode.getInstance())).isEqualTo("empty");
    assertThat(Problems.kind(new POJONode(new Object()))).isEqualTo("a non-JSON value");
    assertThat(Problems.kind(BinaryNode.valueOf(new byte[] {1}))).isEqualTo("a non-JSON value");
  }

  @Test
  void list_keepsTheOrderProblemsWereFoundIn() {
    Problems problems = new Problems();
    problems.add(Place.TOP.child("B"), "second in the alphabet, first found");
    problems.add(Place.TOP.child("A"), "found later");

    assertThat(problems.list())
        .containsExactly("B: second in the alphabet, first found", "A: found later");
    assertThat(problems.isEmpty()).isFalse();
  }
}
