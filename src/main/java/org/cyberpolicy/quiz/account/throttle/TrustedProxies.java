package org.cyberpolicy.quiz.account.throttle;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which address a sign-in comes from, as far as it can be known: the proxies in front of the app are trusted to say
 * whom they forwarded, and nobody else is.
 * <p>
 * Each proxy appends the address it received the request from to {@code X-Forwarded-For}; whatever the client wrote
 * there itself comes first, to the left. So the entries are read from the right, starting at the connection's peer:
 * while the address at hand is a trusted proxy, the entry to its left is what that proxy saw; the first address that
 * is not a trusted proxy is the client. A client may write anything in the header, but never to the right of what
 * the first trusted proxy added, so it can neither choose an address to make it wait nor rotate out of its own wait.
 * (Quarkus's own {@code proxy-address-forwarding} believes the leftmost entry, the client's own writing: fine for
 * logs, wrong for a throttle.)
 * <p>
 * An entry that is not an address (a name, {@code unknown}) stops the walk at the proxy that passed it on. When every
 * address is a trusted proxy, the leftmost is the client. IPv6 clients are counted by their /64 network, the block one
 * household or school is handed: within it a client can pick new addresses at will.
 */
public final class TrustedProxies {

    /** What a sign-in with no usable peer address is counted under. */
    static final String UNKNOWN = "unknown";

    private final List<AddressRange> ranges;

    /**
     * @param ranges addresses and CIDR ranges ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}), or just
     *            {@code none}: no proxy is trusted, and {@code X-Forwarded-For} is never read
     */
    public TrustedProxies(List<String> ranges) {
        List<AddressRange> parsed = new ArrayList<>();
        if (!(ranges.size() == 1 && ranges.get(0).trim().equalsIgnoreCase("none"))) {
            for (String range : ranges) {
                if (!range.isBlank()) {
                    parsed.add(AddressRange.parse(range));
                }
            }
        }
        this.ranges = List.copyOf(parsed);
    }

    /**
     * The client's address as the throttle counts it ({@code 192.0.2.7}; {@code 2001:db8:1:2:0:0:0:0/64} for IPv6),
     * from the connection's peer and the values of every {@code X-Forwarded-For} header, in the order received.
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpLiterals.parse(peer);
        if (peerAddress.isEmpty()) {
            return UNKNOWN;
        }
        InetAddress client = peerAddress.get();
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return key(client);
    }

    /** Whether the X-Forwarded-For of a request from this peer is disregarded: the peer is not a trusted proxy. */
    public boolean ignores(String peer) {
        Optional<InetAddress> address = IpLiterals.parse(peer);
        return address.isPresent() && !trusted(address.get());
    }

    boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static List<String> hops(List<String> forwardedFor) {
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.trim());
                }
            }
        }
        return hops;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(Arrays.copyOf(address.getAddress(), 8), 16);
            return IpLiterals.text(network) + "/64";
        }
        return address.getHostAddress();
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
