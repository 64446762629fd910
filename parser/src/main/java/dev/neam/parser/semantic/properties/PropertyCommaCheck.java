package dev.neam.parser.semantic.properties;

import dev.neam.parser.ast.Member;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.language.Dialect;
import dev.neam.parser.language.DialectSpec;
import dev.neam.parser.language.Profile;
import dev.neam.parser.semantic.FileCheck;
import dev.neam.parser.semantic.FileContext;
import dev.neam.parser.ast.Value;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Under a single-dialect profile, a comma between the properties of a declaration whose kind that
 * dialect's neamc parses without commas ({@code commaFreeKinds} of the dialect in the vocabulary:
 * dialect A's agent, skill, runner…, and the nested cognitive blocks such as {@code agent.reflect}). Our parser accepts the comma either way (so do dialect B's
 * agent blocks), and the tree keeps no commas, so they are found in the text between properties.
 */
public final class PropertyCommaCheck implements FileCheck {

    @Override
    public void check(FileContext context) {
        FileDeclarations file = FileDeclarations.of(context);
        Profile profile = file.profile();
        if (profile.dialects().size() != 1) {
            return; // under the union either dialect may be meant, and B takes commas in most blocks
        }
        Dialect dialect = profile.dialects().iterator().next();
        DialectSpec spec = file.vocabulary().dialect(dialect);
        for (DeclaredKind declared : file.known()) {
            String kind = declared.kind().name();
            if (spec.commaFreeKinds().contains(kind) && declared.decl().bodyRange() != null) {
                report(context, spec, profile, declared.label(), declared.decl().members(), declared.decl().bodyRange());
            }
            for (String entry : spec.commaFreeKinds()) {
                if (entry.startsWith(kind + ".")) {
                    nested(context, spec, profile, declared, declared.decl().members(),
                            List.of(entry.substring(kind.length() + 1).split("\\.")), "");
                }
            }
        }
    }

    /** Follows {@code keys} through nested blocks ({@code reflect}, then {@code on_low_quality}) and checks the last one. */
    private static void nested(FileContext context, DialectSpec spec, Profile profile, DeclaredKind declared,
                               List<Member> members, List<String> keys, String path) {
        for (Member m : members) {
            if (m.key() == null || !m.key().text().equals(keys.get(0))) {
                continue;
            }
            Value value = BlockVisit.valueOf(m).map(Values::unwrap).orElse(null);
            if (!(value instanceof Value.Block block)) {
                continue;
            }
            String where = path.isEmpty() ? m.key().text() : path + "." + m.key().text();
            if (keys.size() == 1) {
                report(context, spec, profile, "'" + where + "' of " + declared.label(), block.members(), block.range());
            } else {
                nested(context, spec, profile, declared, block.members(), keys.subList(1, keys.size()), where);
            }
        }
    }

    private static void report(FileContext context, DialectSpec spec, Profile profile, String label,
                               List<Member> members, Range body) {
        SourceText text = context.text();
        for (int comma : commas(text, members, body)) {
            context.report(Diagnostic.of(DiagnosticCode.OUTSIDE_PROFILE, text.range(comma, comma + 1),
                            "A comma between the properties of " + label + " is a parse error in "
                                    + spec.label() + ", the selected language version " + profile.id()
                                    + "; separate the properties by line breaks")
                    .withData("languageVersion", profile.id()).withData("fix", "replace").withData("replacement", ""));
        }
    }

    /** Offsets of the commas in the gaps around a block's members that hold only blanks, comments and commas. */
    private static List<Integer> commas(SourceText text, List<Member> blockMembers, Range body) {
        List<Member> members = new ArrayList<>(blockMembers);
        members.sort(Comparator.comparing(m -> m.range().start()));
        int bodyStart = text.offsetAt(body.start());
        int bodyEnd = text.offsetAt(body.end());
        String source = text.text();
        if (bodyStart >= source.length() || source.charAt(bodyStart) != '{') {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        int from = bodyStart + 1;
        for (Member m : members) {
            int start = text.offsetAt(m.range().start());
            gap(source, from, start, out);
            from = Math.max(from, text.offsetAt(m.range().end()));
        }
        gap(source, from, bodyEnd - 1, out);
        return out;
    }

    private static void gap(String source, int from, int to, List<Integer> out) {
        List<Integer> found = new ArrayList<>();
        int i = from;
        int end = Math.min(to, source.length());
        while (i < end) {
            char c = source.charAt(i);
            if (c == ',') {
                found.add(i++);
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i)) {
                int eol = source.indexOf('\n', i);
                i = eol < 0 ? end : eol;
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? end : close + 2;
            } else {
                return; // something the tree does not cover (broken code): no claim about this gap
            }
        }
        out.addAll(found);
    }
}
