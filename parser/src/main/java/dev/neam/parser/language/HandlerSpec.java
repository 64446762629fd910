package dev.neam.parser.language;

/**
 * A handler with a body inside a declaration ({@code impl(a, b) { … }}, {@code on_result(x) { … }}).
 *
 * @param property whether it may also be written as a property holding a lambda ({@code impl: fun(…) { … }})
 */
public record HandlerSpec(String name, boolean required, boolean property, String doc) {
}
