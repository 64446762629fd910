package dev.neam.parser.fix;

import dev.neam.parser.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quick fixes of one diagnostic: the family its {@code fix} data names (registered here by that
 * name, so a check opts in by attaching data, not by a case in a switch), then the suppression
 * comments every Neam finding can get. At most one fix is preferred; a family that cannot apply to
 * the current text gives nothing. Never throws: a failing family only loses its own fixes.
 */
public final class QuickFixes {
    private static final FixFamily REPLACE = new ReplaceFix("Change to");

    /** Fix families by the {@code fix} value of a diagnostic's data. */
    static final Map<String, FixFamily> FAMILIES = Map.ofEntries(
            Map.entry("replace", REPLACE),
            Map.entry("rename", new ReplaceFix("Rename to")),
            Map.entry("quote", new ReplaceFix("Write")),
            Map.entry("unquote", new ReplaceFix("Write")),
            Map.entry("wrap_in_list", new ReplaceFix("Write")),
            Map.entry("remove", new RemoveFix()),
            Map.entry("add", new AddPropertyFix()),
            Map.entry("create-declaration", new CreateDeclarationFix()),
            Map.entry("remove-binding", new UnusedBindingFix()),
            Map.entry("replace_parameters", new ParametersFix()),
            Map.entry("add-key", new AddTomlKeyFix()),
            Map.entry("join-lines", new JoinLinesFix()),
            Map.entry("yaml-add-key", new YamlAddKeyFix()),
            Map.entry("secret-key-ref", new SecretKeyRefFix()),
            Map.entry("delete", new DeleteFix("Remove it")),
            Map.entry("line-comments", new LineCommentsFix()));

    /**
     * Families for codes whose findings need no data to be fixed: the range alone says what to do.
     * A finding's own {@code fix} data takes precedence.
     */
    static final Map<DiagnosticCode, FixFamily> BY_CODE = Map.of(
            DiagnosticCode.STRAY_SEMICOLON, new DeleteFix("Remove the ';'"),
            DiagnosticCode.BLOCK_COMMENT, new LineCommentsFix());

    private static final FixFamily SUPPRESS = new SuppressionFixes();

    private QuickFixes() {
    }

    /** The names of the fix families that exist (what a check may put in its {@code fix} data). */
    public static java.util.Set<String> families() {
        return FAMILIES.keySet();
    }

    public static List<Fix> of(FixContext context) {
        List<Fix> out = new ArrayList<>();
        family(context).ifPresent(f -> out.addAll(safely(f, context)));
        out.addAll(safely(SUPPRESS, context));
        return onePreferred(out);
    }

    /** As {@link #of}, but a family that fails throws: for tests that must see every failure. */
    public static List<Fix> ofStrict(FixContext context) {
        List<Fix> out = new ArrayList<>();
        family(context).ifPresent(f -> out.addAll(f.fixes(context)));
        out.addAll(SUPPRESS.fixes(context));
        return onePreferred(out);
    }

    /** The fix with this id, computed again (for a client that resolves the edits of a fix later). */
    public static Optional<Fix> byId(FixContext context, String id) {
        return of(context).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static Optional<FixFamily> family(FixContext context) {
        return context.data("fix").map(FAMILIES::get)
                .or(() -> Optional.ofNullable(BY_CODE.get(context.diagnostic().code())));
    }

    private static List<Fix> safely(FixFamily family, FixContext context) {
        try {
            return family.fixes(context);
        } catch (RuntimeException e) { // text that no longer matches the data: no fix rather than an error
            return List.of();
        }
    }

    private static List<Fix> onePreferred(List<Fix> fixes) {
        List<Fix> out = new ArrayList<>(fixes.size());
        boolean seen = false;
        for (Fix f : fixes) {
            out.add(seen ? f.notPreferred() : f);
            seen |= f.preferred();
        }
        return out;
    }
}
