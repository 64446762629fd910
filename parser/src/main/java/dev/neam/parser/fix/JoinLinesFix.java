package dev.neam.parser.fix;

import dev.neam.parser.manifest.ManifestDocument;
import dev.neam.parser.manifest.TomlEntry;
import dev.neam.parser.manifest.TomlValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * neam.toml: a multi-line array (which neamc reads as {@code []}) written on one line, its elements
 * as they are written. Not offered when a comment inside the array would be lost.
 */
final class JoinLinesFix implements FixFamily {

    @Override
    public List<Fix> fixes(FixContext context) {
        if (context.isNeam()) {
            return List.of();
        }
        ManifestDocument document = ManifestDocument.parse(context.text().text());
        for (TomlEntry entry : document.entries()) {
            TomlValue value = entry.value();
            if (value.kind() == TomlValue.Kind.ARRAY && value.range().equals(context.range()) && !hasComment(value)) {
                String oneLine = value.elements().stream().map(TomlValue::raw).collect(Collectors.joining(", ", "[", "]"));
                return List.of(new Fix("join-lines", "Write the array on one line",
                        List.of(new TextEdit(value.range(), oneLine)), true));
            }
        }
        return List.of();
    }

    /** Whether anything but the elements, commas, brackets and blanks stands in the array's text. */
    private static boolean hasComment(TomlValue array) {
        String rest = array.raw();
        for (TomlValue element : array.elements()) {
            rest = rest.replace(element.raw(), "");
        }
        return rest.indexOf('#') >= 0;
    }
}
