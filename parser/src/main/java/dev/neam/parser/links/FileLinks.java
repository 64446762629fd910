package dev.neam.parser.links;

import dev.neam.parser.ast.Decl;
import dev.neam.parser.ast.Expr;
import dev.neam.parser.ast.Member;
import dev.neam.parser.ast.SourceFile;
import dev.neam.parser.ast.Value;
import dev.neam.parser.language.PropertySpec;
import dev.neam.parser.language.ValueType;
import dev.neam.parser.semantic.AstNodes;
import dev.neam.parser.semantic.properties.DescribedBlocks;
import dev.neam.parser.semantic.symbols.ProjectIndex;
import dev.neam.parser.text.Position;
import dev.neam.parser.text.Range;
import dev.neam.parser.workspace.Containment;
import dev.neam.parser.workspace.ProjectRoots;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The links of a file: values of keys the vocabulary types as paths ({@code context_from},
 * {@code prompt_file}, a knowledge source's {@code path}…) resolved against the file's folder and
 * then the project root, and the module path of each {@code import} resolved the way the
 * compiler looks for modules. Only targets that exist are links: a dead link is worse than none. Only
 * files and folders inside the project are (see {@link Containment}): no link to {@code /etc/shadow},
 * a device or a FIFO.
 */
public final class FileLinks {
    private FileLinks() {
    }

    public static List<FileLink> of(SourceFile tree, Path file, String languageVersion) {
        List<FileLink> out = new ArrayList<>();
        if (tree == null) {
            return out;
        }
        Path source = file.toAbsolutePath().normalize();
        Path root = ProjectRoots.of(source);
        for (DescribedBlocks.Block block : DescribedBlocks.of(tree, languageVersion)) {
            for (Member member : block.members()) {
                if (member instanceof Member.Property p && p.key() != null && p.value() != null
                        && block.spec().ruleFor(p.key().text()).map(PropertySpec::type).orElse(null) == ValueType.PATH) {
                    pathLink(p.value(), source, root).ifPresent(out::add);
                }
            }
        }
        ProjectIndex modules = new ProjectIndex(root);
        AstNodes.walk(tree, node -> {
            if (node instanceof Decl.Import i && i.path() != null && !i.path().segments().isEmpty()) {
                modules.candidates(i.path().segments()).stream()
                        .filter(target -> Containment.inside(root, target) && Containment.isRegularFile(target)).findFirst()
                        .ifPresent(target -> out.add(new FileLink(i.path().range(), target)));
            }
        });
        out.sort(Comparator.comparing((FileLink l) -> l.range().start()));
        return out;
    }

    /** A one-line string or path literal without escapes, naming an existing file or folder. */
    private static Optional<FileLink> pathLink(Value value, Path source, Path root) {
        Value v = value instanceof Value.Annotated a ? a.value() : value;
        if (!(v instanceof Expr.Literal literal) || literal.range().start().line() != literal.range().end().line()
                || literal.kind() != Expr.LiteralKind.STRING && literal.kind() != Expr.LiteralKind.PATH) {
            return Optional.empty();
        }
        String text = literal.text();
        int open = text.startsWith("p") ? 1 : 0;
        if (text.length() < open + 2 || text.startsWith("\"\"\"", open)) {
            return Optional.empty();
        }
        char quote = text.charAt(open);
        if (text.charAt(text.length() - 1) != quote) {
            return Optional.empty(); // unterminated
        }
        String content = text.substring(open + 1, text.length() - 1);
        if (content.isBlank() || content.contains("\\") || content.contains("://") || content.contains("{")) {
            return Optional.empty();
        }
        return resolve(content, source, root).map(target -> {
            Position start = literal.range().start();
            return new FileLink(new Range(
                    new Position(start.line(), start.character() + open + 1),
                    new Position(start.line(), start.character() + open + 1 + content.length())), target);
        });
    }

    private static Optional<Path> resolve(String written, Path source, Path root) {
        try {
            Path path = Path.of(written);
            List<Path> candidates = path.isAbsolute() ? List.of(path)
                    : List.of(source.getParent().resolve(path), root.resolve(path));
            return candidates.stream().map(Path::normalize)
                    .filter(target -> Containment.inside(root, target) && (Containment.isRegularFile(target) || Files.isDirectory(target)))
                    .findFirst();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
