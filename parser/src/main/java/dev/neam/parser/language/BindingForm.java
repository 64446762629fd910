package dev.neam.parser.language;

/**
 * The statement form of a kind ({@code guardchain G = [A, B];}).
 *
 * @param value    what stands after {@code =}
 * @param example  the correct form, quoted in messages
 * @param blockKey the key a README-style block form would use for the same value
 */
public record BindingForm(PropertySpec value, String example, String blockKey) {
}
