package dev.neam.parser.fix;

import java.util.List;
import java.util.Optional;

/**
 * {@code impl(…)} whose parameters differ from the keys of {@code params}: the parameter list is
 * written as the check expects ({@code with}). The finding marks the parameters, or the handler's
 * key when there are none; then the names go between its parentheses. Not preferred: the body
 * still reads the old names (and swapping the order swaps what they hold), so the user decides.
 */
final class ParametersFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        Optional<String> with = context.data("with");
        if (!context.isNeam() || context.diagnostic().data().get("with") == null) {
            return List.of();
        }
        String expected = with.orElse("");
        String s = context.text().text();
        int end = context.text().offsetAt(context.range().end());
        int after = end;
        while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == ':')) {
            after++;
        }
        int open = s.indexOf('(', after);
        String title = "Write the parameters (" + expected + ")";
        if (after < s.length() && s.startsWith("fun", after) && open > 0) {
            after = open; // impl: fun(…) { … } marked at its key
        }
        if (after < s.length() && s.charAt(after) == '(') {
            int close = s.indexOf(')', after);
            if (close < 0 || !s.substring(after + 1, close).isBlank()) {
                return List.of();
            }
            return List.of(new Fix("replace", title, List.of(new TextEdit(context.text().range(after + 1, close), expected)),
                    false));
        }
        return List.of(new Fix("replace", title, List.of(new TextEdit(context.range(), expected)), false));
    }
}
