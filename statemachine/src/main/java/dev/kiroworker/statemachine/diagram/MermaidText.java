package dev.kiroworker.statemachine.diagram;

/**
 * Writes text as a quoted Mermaid label. Inside quotes Mermaid takes spaces, brackets and most
 * punctuation as they are; the characters below are replaced by Mermaid's {@code #name;} / {@code
 * #code;} entity codes because each would otherwise end the label or change how it is drawn.
 */
final class MermaidText {

  private MermaidText() {}

  /** {@code text} in double quotes, safe in a node, subgraph or edge label. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    int i = 0;
    while (i < text.length()) {
      // "$$" opens a KaTeX formula in recent Mermaid versions; "$$.Execution" is a context path.
      if (text.startsWith("$$", i)) {
        out.append("#36;#36;");
        i += 2;
      } else {
        int c = text.codePointAt(i);
        out.append(escape(c));
        i += Character.charCount(c);
      }
    }
    return out.append('"').toString();
  }

  private static String escape(int c) {
    return switch (c) {
      case '"' -> "#quot;";
      case '#' -> "#35;";
      case '&' -> "#amp;";
      case '<' -> "#lt;";
      case '>' -> "#gt;";
      case '|' -> "#124;";
      // GitHub renders labels as Markdown: these would turn into emphasis or code.
      case '*' -> "#42;";
      case '`' -> "#96;";
      case '\n', '\r', '\t' -> " ";
      default -> Character.toString(c);
    };
  }
}
