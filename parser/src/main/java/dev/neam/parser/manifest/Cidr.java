package dev.neam.parser.manifest;

/** IPv4 and IPv6 CIDR notation. */
final class Cidr {
    private Cidr() {
    }

    static boolean isValid(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0 || cidr.indexOf('/', slash + 1) >= 0) {
            return false;
        }
        String address = cidr.substring(0, slash);
        String prefix = cidr.substring(slash + 1);
        if (!prefix.matches("[0-9]{1,3}")) {
            return false;
        }
        int bits = Integer.parseInt(prefix);
        if (address.contains(":")) {
            return bits <= 128 && isIpv6(address);
        }
        return bits <= 32 && isIpv4(address);
    }

    private static boolean isIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv6(String address) {
        if (!address.matches("[0-9A-Fa-f:]+") || address.contains(":::")) {
            return false;
        }
        int doubleColons = address.split("::", -1).length - 1;
        if (doubleColons > 1) {
            return false;
        }
        String[] groups = address.replace("::", ":x:").split(":", -1);
        int count = 0;
        for (String g : groups) {
            if (g.isEmpty() || g.equals("x")) {
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            count++;
        }
        return doubleColons == 1 ? count < 8 : count == 8;
    }
}
