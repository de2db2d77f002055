package dev.kiroworker.statemachine.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MermaidTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '^',
      textBlock =
          """
          Run build (again)?          => "Run build (again)?"
          Say "hi"                    => "Say #quot;hi#quot;"
          #1 & <b>                    => "#35;1 #amp; #lt;b#gt;"
          a|b                         => "a#124;b"
          *bold* `code`               => "#42;bold#42; #96;code#96;"
          $.a == $$.Execution.Name    => "$.a == #36;#36;.Execution.Name"
          Grüße ✓                     => "Grüße ✓"
          """)
  void quoted_escapesWhatMermaidWouldReadAsSyntax(String text, String expected) {
    assertThat(MermaidText.quoted(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"'two\nlines', '\"two lines\"'", "'tab\there', '\"tab here\"'"})
  void quoted_turnsLineBreaksIntoSpaces(String text, String expected) {
    assertThat(MermaidText.quoted(text)).isEqualTo(expected);
  }
}
