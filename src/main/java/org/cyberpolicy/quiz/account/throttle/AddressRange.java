package org.cyberpolicy.quiz.account.throttle;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** A range of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}), or one address. */
final class AddressRange {

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** The range written as {@code address} or {@code address/prefix-length}; refuses anything else. */
    static AddressRange parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Optional<InetAddress> parsed = IpLiterals.parse(address);
        if (parsed.isEmpty() || (slash >= 0 && !trimmed.substring(slash + 1).matches("[0-9]{1,3}"))) {
            throw new IllegalArgumentException("not an IP address or CIDR range: \"" + text + "\"");
        }
        byte[] network = parsed.get().getAddress();
        int prefixLength = slash < 0 ? network.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        if (prefixLength > network.length * 8) {
            throw new IllegalArgumentException("the prefix length of \"" + text + "\" is longer than its address");
        }
        return new AddressRange(network, prefixLength);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        if (!Arrays.equals(bytes, 0, whole, network, 0, whole)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return IpLiterals.text(network) + "/" + prefixLength;
    }
}
