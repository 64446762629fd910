package dev.neam.parser.fix;

import java.util.List;

/**
 * The fixes of one kind of repair, chosen by the {@code fix} entry of a diagnostic's data
 * ({@code replace}, {@code remove}, {@code add}…). A family returns nothing when the file no longer
 * has the shape the data describes (it was edited since), never throws for it.
 */
public interface FixFamily {

    List<Fix> fixes(FixContext context);
}
