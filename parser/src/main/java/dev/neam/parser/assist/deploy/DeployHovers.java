package dev.neam.parser.assist.deploy;

import dev.neam.parser.assist.hover.HoverInfo;
import dev.neam.parser.assist.hover.Markdown;
import dev.neam.parser.deploy.DeployCatalog;
import dev.neam.parser.diagnostic.Category;
import dev.neam.parser.diagnostic.Diagnostic;
import dev.neam.parser.diagnostic.DiagnosticCode;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hover on a line of a deploy file (Kubernetes YAML, compose file, Dockerfile) that has findings:
 * for each rule found there, its code, name and severity, what it finds, and how to fix it, from
 * the deploy check data, with a link to the generated list of checks.
 */
public final class DeployHovers {
    private final DeployCatalog catalog;
    private final String docsUrl;

    /** @param docsUrl where the list of deploy checks is published, or null for no link */
    public DeployHovers(DeployCatalog catalog, String docsUrl) {
        this.catalog = catalog;
        this.docsUrl = docsUrl;
    }

    /** The rules of the findings on {@code at}'s line; empty when the line has none. */
    public Optional<HoverInfo> hover(SourceText text, List<Diagnostic> findings, Position at) {
        Set<DiagnosticCode> codes = new LinkedHashSet<>();
        Range range = null;
        for (Diagnostic d : findings) {
            if (d.category() != Category.DEPLOY || d.range().start().line() > at.line() || d.range().end().line() < at.line()) {
                continue;
            }
            codes.add(d.code());
            if (range == null && d.range().contains(at)) {
                range = d.range();
            }
        }
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        if (range == null) {
            String line = text.lineText(at.line());
            int indent = line.length() - line.stripLeading().length();
            range = Range.of(at.line(), indent, at.line(), line.stripTrailing().length());
        }
        List<String> sections = new ArrayList<>();
        for (DiagnosticCode code : codes) {
            sections.add(rule(code));
        }
        String rules = String.join("\n\n---\n\n", sections);
        return Optional.of(new HoverInfo(range, docsUrl == null ? rules : rules + "\n\n[Deploy checks](" + docsUrl + ")"));
    }

    private String rule(DiagnosticCode code) {
        DeployCatalog.Check check = catalog.check(code.id());
        Markdown md = new Markdown().paragraph("**" + code.id() + "** " + (check == null ? "" : Markdown.inline(check.name()))
                + " (" + code.defaultSeverity().id() + ")").paragraph(code.description());
        if (check != null) {
            md.paragraph("Fix: " + check.remediation());
        }
        return md.build();
    }
}
