package dev.neam.bench;

/** A large, realistic and valid Neam file: agents, skills, guards, structs, impls, functions, tests. */
final class NeamFileGenerator {
    private NeamFileGenerator() {
    }

    /** About {@code lines} lines (a whole number of blocks, at least that many). */
    static String generate(int lines) {
        StringBuilder out = new StringBuilder("// generated for the latency harness\nmodule bench.generated;\n\n");
        int block = 0;
        while (count(out) < lines) {
            int i = block++;
            out.append("""
                    /// Answers questions about topic %1$d.
                    agent Desk%1$d {
                      provider: "openai"
                      model: "gpt-4o"
                      temperature: 0.2
                      system: "You answer questions about topic %1$d. Be brief and precise."
                      skills: [lookup%1$d]
                      session {
                        idle_reset_minutes: 30
                      }
                      on_tool_input(input) -> string {
                        if (len(input) > 4000) {
                          return "too long";
                        }
                        return input;
                      }
                    }

                    skill lookup%1$d {
                      description: "Looks up records for topic %1$d."
                      params: { query: string }
                      impl(query) {
                        let rows = [query, "%1$d"];
                        for row in rows {
                          print(row);
                        }
                        return rows;
                      }
                    }

                    struct Record%1$d {
                      id: int,
                      title: string,
                      fn label(self) { return f"{self.id}: {self.title}"; }
                    }

                    fun score%1$d(a, b) {
                      let total = a * 2 + b;
                      if (total > 10) {
                        return total - 10;
                      }
                      return total;
                    }

                    test "score %1$d" {
                      assert_eq(score%1$d(1, 2), 4);
                    }

                    """.formatted(i));
        }
        return out.toString();
    }

    static int count(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
