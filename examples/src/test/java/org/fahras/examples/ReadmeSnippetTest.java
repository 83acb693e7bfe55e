package org.fahras.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick-start snippet is the body of {@link QuickStart}, word for word. */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void readmeSnippetIsTheQuickStartBody() throws IOException {
    List<String> source = Files.readAllLines(
        ROOT.resolve("examples/src/main/java/org/fahras/examples/QuickStart.java"), StandardCharsets.UTF_8);
    int start = indexOf(source, "// --- README snippet start") + 1;
    int end = indexOf(source, "// --- README snippet end");
    String body = source.subList(start, end).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + body + "\n```"),
        "README.md must show QuickStart's snippet as it is:\n" + body);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
