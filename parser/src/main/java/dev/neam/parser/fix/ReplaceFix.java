package dev.neam.parser.fix;

import java.util.List;

/**
 * The diagnostic's range becomes the text the check proposed ({@code with} in Neam findings,
 * {@code replacement} in neam.toml and deploy findings): a did-you-mean, an unquoted name, a value
 * inside its range, a list around a single name. The one obvious fix, so it is preferred.
 */
final class ReplaceFix implements FixFamily {
    private final String verb;

    /** @param verb how the title starts: "Change to", "Rename to", "Write"… */
    ReplaceFix(String verb) {
        this.verb = verb;
    }

    @Override
    public List<Fix> fixes(FixContext context) {
        return context.data("with").or(() -> context.data("replacement"))
                .filter(with -> !with.equals(context.text().slice(context.range())))
                .map(with -> List.of(new Fix("replace", verb + " " + show(with),
                        List.of(new TextEdit(context.range(), with)), true)))
                .orElse(List.of());
    }

    /** The replacement as a title shows it: quoted unless it is already a string, shortened when long. */
    static String show(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        String shown = oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine;
        return shown.startsWith("\"") ? shown : "'" + shown + "'";
    }
}
