package org.cyberpolicy.quiz.account.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses as written in headers and settings, read without ever asking DNS: {@code InetAddress.getByName} would
 * look a host name up, so only text that can be nothing but an address literal reaches it.
 */
final class IpLiterals {

    private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("([0-9.]+):[0-9]{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiterals() {
    }

    /**
     * The address in {@code 192.0.2.7}, {@code 192.0.2.7:4711}, {@code 2001:db8::7} or {@code [2001:db8::7]:4711};
     * empty for anything else (a host name, {@code unknown}, an obfuscated identifier, a zone index). An IPv4 address
     * written as IPv6 ({@code ::ffff:192.0.2.7}) comes back as IPv4.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        if (literal.startsWith("[")) {
            int end = literal.indexOf(']');
            if (end < 0 || !(end == literal.length() - 1 || literal.substring(end + 1).matches(":[0-9]{1,5}"))) {
                return Optional.empty();
            }
            literal = literal.substring(1, end);
        } else if (IPV4_WITH_PORT.matcher(literal).matches()) {
            literal = literal.substring(0, literal.indexOf(':'));
        }
        var v4 = IPV4.matcher(literal);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(v4.group(i + 1));
                if (part > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) part;
            }
            return Optional.of(byAddress(bytes));
        }
        if (!IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // Only hex digits, colons and dots, with a colon: an IPv6 literal or an error, never a name to look up.
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The usual text of an address of 4 or 16 bytes. */
    static String text(byte[] address) {
        return byAddress(address).getHostAddress();
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException wrongLength) {
            throw new IllegalArgumentException(wrongLength);
        }
    }
}
