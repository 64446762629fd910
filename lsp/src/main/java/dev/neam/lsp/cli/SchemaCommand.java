package dev.neam.lsp.cli;

import dev.neam.parser.manifest.NeamTomlJsonSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code neam-lsp schema neam-toml}: prints the JSON Schema of neam.toml, generated from the same
 * schema data the validation uses, for TOML tools such as taplo or an editor's schema settings.
 */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print a JSON Schema generated from neam-lsp's data.")
public final class SchemaCommand implements Callable<Integer> {

    /** The schemas this command knows. */
    public enum Name {
        neam_toml;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @Parameters(paramLabel = "NAME", arity = "1", converter = NameConverter.class,
            description = "Which schema: neam-toml.")
    Name name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(NeamTomlJsonSchema.generate());
        out.flush();
        return 0;
    }

    /** Accepts the names as printed ({@code neam-toml}). */
    static final class NameConverter implements picocli.CommandLine.ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            for (Name n : Name.values()) {
                if (n.toString().equals(value)) {
                    return n;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown schema '" + value + "' (known: neam-toml)");
        }
    }
}
