package dev.neam.parser.language;

import java.util.List;

/** A method callable on a declared name ({@code Agent.ask(q)}, {@code Runner.run(x)}). */
public record MethodSpec(String name, List<String> params, String returns, String doc, List<ResultKey> resultKeys) {
    public MethodSpec {
        params = List.copyOf(params);
        resultKeys = List.copyOf(resultKeys);
    }

    public String signature() {
        return name + "(" + String.join(", ", params) + ")";
    }
}
