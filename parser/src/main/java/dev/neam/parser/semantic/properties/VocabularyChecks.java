package dev.neam.parser.semantic.properties;

import dev.neam.parser.semantic.FileCheck;
import java.util.List;

/** The checks that need only the vocabulary and one file, in the order they run. */
public final class VocabularyChecks {
    private VocabularyChecks() {
    }

    public static List<FileCheck> all() {
        return List.of(
                new DeclarationKindCheck(),
                new PropertyKeyCheck(),
                new DuplicatePropertyCheck(),
                new PropertyStatusCheck(),
                new RequiredPropertyCheck(),
                new ValueTypeCheck(),
                new ValueConstraintCheck(),
                new ProviderCheck(),
                new ImplParamsCheck(),
                new FunctionArityCheck(),
                new ConflictingEntriesCheck(),
                new LanguageProfileCheck(),
                new DialectMixingCheck(),
                new CallbackOrderCheck(),
                new InactiveOptionCheck(),
                new PropertyCommaCheck(),
                new FilePathCheck(),
                new NamedByStringCheck());
    }
}
