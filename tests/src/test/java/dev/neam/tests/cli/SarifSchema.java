package dev.neam.tests.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The vendored SARIF 2.1.0 JSON schema (see resources/schemas/README.md) and a validator for it. */
final class SarifSchema {
    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** The schema violations of a SARIF document, one line each; empty when it is valid. */
    static List<String> violations(String sarif) {
        List<Error> errors = SCHEMA.validate(sarif, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/sarif-schema-2.1.0.json is not on the test class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
