package dev.neam.parser.diagnostic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like, and the one way any text the tools show (a finding's message, a
 * hover, a lint report) is cleaned of them: a key someone typed into {@code provider}, a token in a
 * quoted TOML key or a file of secrets that ended up in a project must never be printed in full,
 * whichever rule happens to quote it. A credential is shown as its first characters and its length
 * ({@code 'sk-l…' (51 characters)}), enough to recognise it, never enough to use it.
 *
 * <p>Two kinds are recognised: the formats of providers' keys (OpenAI and Anthropic {@code sk-…},
 * AWS {@code AKIA…}, GitHub {@code ghp_…}, Slack {@code xoxb-…}, Google {@code AIza…}, JWTs, a
 * password in a URL) and long high-entropy tokens that look random rather than like a name.
 */
public final class Credentials {

    /**
     * A key format, and the fragments one of which every match contains: every message of every
     * run passes through here, so a format is tried only on a text that contains one of them.
     */
    private record Format(Pattern pattern, List<String> fragments) {
        Format(String regex, String... fragments) {
            this(Pattern.compile(regex), List.of(fragments));
        }

        boolean mayMatch(String text) {
            for (String fragment : fragments) {
                if (text.contains(fragment)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("\\bsk-(?:proj-|live-|ant-|test-)?[A-Za-z0-9_-]{16,}", "sk-"),
            new Format("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
            new Format("\\bgh[pousr]_[A-Za-z0-9]{20,}", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            new Format("\\bgithub_pat_[A-Za-z0-9_]{20,}", "github_pat_"),
            new Format("\\bxox[abposr]-[A-Za-z0-9-]{10,}", "xox"),
            new Format("\\bAIza[0-9A-Za-z_-]{35}\\b", "AIza"),
            new Format("\\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}", "_live_", "_test_"),
            new Format("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "eyJ"),
            new Format("\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:[^\\s@/]+@", "://"));
    /** The fewest characters a {@link #TOKEN} has. */
    private static final int TOKEN_LENGTH = 24;

    /** A run of the characters tokens are made of; which runs are secrets {@link #looksRandom} decides. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/=_-]{" + TOKEN_LENGTH + ",}");

    private Credentials() {
    }

    /** Whether the text contains something in a provider's key format (an OpenAI key, an AWS key id, a password in a URL…). */
    public static boolean looksLikeCredential(String text) {
        for (Format format : FORMATS) {
            if (format.mayMatch(text) && format.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** {@code 'sk-l…' (51 characters)}: enough to recognise, never the secret itself. */
    public static String shown(String secret) {
        int kept = secret.length() >= 12 ? 4 : 0;
        return "'" + secret.substring(0, kept) + "…' (" + secret.length() + " characters)";
    }

    /**
     * The text with every credential in it replaced by its {@linkplain #shown shown form}; text without
     * one comes back as it is (the same instance). Masking masked text changes nothing.
     */
    public static String mask(String text) {
        if (text == null || text.length() < 10) {
            return text;
        }
        String out = text;
        for (Format format : FORMATS) {
            if (format.mayMatch(out)) {
                out = replace(out, format.pattern(), false);
            }
        }
        return hasTokenRun(out) ? replace(out, TOKEN, true) : out;
    }

    /** Whether the text has a run of token characters as long as a {@link #TOKEN}: most messages have none. */
    private static boolean hasTokenRun(String text) {
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=' || c == '_' || c == '-';
            run = token ? run + 1 : 0;
            if (run >= TOKEN_LENGTH) {
                return true;
            }
        }
        return false;
    }

    private static String replace(String input, Pattern pattern, boolean onlyRandom) {
        Matcher m = pattern.matcher(input);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String found = m.group();
            if (onlyRandom && !looksRandom(found)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(input, last, m.start()).append(shown(found));
            last = m.end();
        }
        if (out == null) {
            return input;
        }
        return out.append(input, last, input.length()).toString();
    }

    /**
     * Whether a run of token characters looks generated rather than written: a long hex string, or
     * letters of both cases and digits, switching between those classes as often as random text does
     * (a CamelCase name like {@code CustomerSupportAgent2} switches rarely) with high entropy.
     */
    static boolean looksRandom(String run) {
        String token = stripped(run);
        if (token.length() < 24) {
            return false;
        }
        if (token.length() >= 32 && token.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
                && token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(Character::isLetter)) {
            return true;
        }
        int upper = 0;
        int lower = 0;
        int digit = 0;
        int switches = 0;
        int previous = -1;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int kind = c >= 'A' && c <= 'Z' ? 0 : c >= 'a' && c <= 'z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
            switch (kind) {
                case 0 -> upper++;
                case 1 -> lower++;
                case 2 -> digit++;
                default -> { }
            }
            if (previous >= 0 && kind != previous) {
                switches++;
            }
            previous = kind;
        }
        return upper > 0 && lower > 0 && digit > 0 && switches * 5 >= token.length() * 2 && entropy(token) >= 3.5;
    }

    /** Without a leading or trailing run of separators ({@code ==} padding, {@code --} rules). */
    private static String stripped(String run) {
        int start = 0;
        int end = run.length();
        while (start < end && "+/=_-".indexOf(run.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "+/=_-".indexOf(run.charAt(end - 1)) >= 0) {
            end--;
        }
        return run.substring(start, end);
    }

    /** Shannon entropy in bits per character. */
    private static double entropy(String s) {
        int[] counts = new int[128];
        for (int i = 0; i < s.length(); i++) {
            counts[s.charAt(i) & 127]++;
        }
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / s.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
