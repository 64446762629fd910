package dev.neam.parser.fix;

import java.util.List;

/** Text that is simply wrong where it stands (a stray ';'): deleting the marked range fixes it. */
final class DeleteFix implements FixFamily {
    private final String title;

    DeleteFix(String title) {
        this.title = title;
    }

    @Override
    public List<Fix> fixes(FixContext context) {
        if (context.range().isEmpty()) {
            return List.of();
        }
        return List.of(new Fix("delete", title, List.of(TextEdit.delete(context.range())), true));
    }
}
