package org.cyberpolicy.quiz.account.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address a request comes from, through the proxies the app trusts. */
class TrustedProxiesTest {

    /** The default: a proxy on the same machine. */
    private static final TrustedProxies LOOPBACK = new TrustedProxies(List.of("127.0.0.0/8", "::1"));
    /** A proxy on the machine, and the school's load balancers in 10.0.0.0/8. */
    private static final TrustedProxies SCHOOL = new TrustedProxies(List.of("127.0.0.0/8", "::1", "10.0.0.0/8"));

    @Test
    void withoutForwardedForThePeerIsTheClient() {
        assertEquals("198.51.100.7", LOOPBACK.clientOf("198.51.100.7", List.of()));
        assertEquals("127.0.0.1", LOOPBACK.clientOf("127.0.0.1", List.of()));
    }

    @Test
    void theForwardedForOfAPeerThatIsNotATrustedProxyIsIgnored() {
        assertEquals("203.0.113.5", LOOPBACK.clientOf("203.0.113.5", List.of("198.51.100.7")));
    }

    @Test
    void aTrustedProxyNamesTheClientInTheRightmostEntry() {
        assertEquals("198.51.100.7", LOOPBACK.clientOf("127.0.0.1", List.of("198.51.100.7")));
    }

    @Test
    void whatAClientWritesLeftOfTheAddressItsProxySawIsIgnored() {
        assertEquals("198.51.100.7", LOOPBACK.clientOf("127.0.0.1", List.of("192.0.2.99, 127.0.0.1, 198.51.100.7")));
    }

    @Test
    void aChainOfTrustedProxiesIsFollowedToTheFirstAddressThatIsNotOne() {
        assertEquals("198.51.100.7", SCHOOL.clientOf("127.0.0.1", List.of("192.0.2.99, 198.51.100.7, 10.1.2.3")));
        assertEquals("198.51.100.7", SCHOOL.clientOf("10.9.9.9", List.of("198.51.100.7, 10.1.2.3")));
    }

    @Test
    void severalForwardedForHeadersReadAsOneListInTheirOrder() {
        assertEquals("198.51.100.7", SCHOOL.clientOf("127.0.0.1", List.of("192.0.2.99, 198.51.100.7", "10.1.2.3")));
    }

    @Test
    void anEntryThatIsNotAnAddressStopsAtTheProxyThatPassedItOn() {
        assertEquals("10.1.2.3", SCHOOL.clientOf("127.0.0.1", List.of("198.51.100.7, unknown, 10.1.2.3")));
        assertEquals("127.0.0.1", LOOPBACK.clientOf("127.0.0.1", List.of("_hidden")));
    }

    @Test
    void hostNamesAreNeverLookedUp() {
        assertEquals("127.0.0.1", LOOPBACK.clientOf("127.0.0.1", List.of("localhost")));
        assertEquals("127.0.0.1", LOOPBACK.clientOf("127.0.0.1", List.of("attacker.example")));
    }

    @Test
    void whenEveryAddressIsATrustedProxyTheLeftmostIsTheClient() {
        assertEquals("10.1.2.3", SCHOOL.clientOf("127.0.0.1", List.of("10.1.2.3, 10.4.5.6")));
    }

    @Test
    void portsAndBracketsAroundAddressesAreIgnored() {
        assertEquals("198.51.100.7", LOOPBACK.clientOf("127.0.0.1", List.of("198.51.100.7:4711")));
        assertEquals("2001:db8:0:0:0:0:0:0/64", LOOPBACK.clientOf("127.0.0.1", List.of("[2001:db8::7]:4711")));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64Network() {
        String one = LOOPBACK.clientOf("::1", List.of("2001:db8:1:2:aaaa::1"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", one);
        assertEquals(one, LOOPBACK.clientOf("::1", List.of("2001:db8:1:2:bbbb:cccc:dddd:2")));
        assertNotEquals(one, LOOPBACK.clientOf("::1", List.of("2001:db8:1:3::1")));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsIpv4() {
        assertEquals("198.51.100.7", LOOPBACK.clientOf("::ffff:127.0.0.1", List.of("::ffff:198.51.100.7")));
    }

    @Test
    void aRequestWithoutAReadablePeerIsCountedAsUnknown() {
        assertEquals("unknown", LOOPBACK.clientOf(null, List.of("198.51.100.7")));
    }

    @Test
    void rangesCoverExactlyTheirPrefix() {
        TrustedProxies privateRange = new TrustedProxies(List.of("172.16.0.0/12"));
        assertEquals("198.51.100.7", privateRange.clientOf("172.31.255.255", List.of("198.51.100.7")));
        assertEquals("172.32.0.1", privateRange.clientOf("172.32.0.1", List.of("198.51.100.7")));
        assertEquals("172.15.255.255", privateRange.clientOf("172.15.255.255", List.of("198.51.100.7")));
    }

    @Test
    void withNoneTrustedTheForwardedForIsNeverRead() {
        assertEquals("127.0.0.1", new TrustedProxies(List.of("none")).clientOf("127.0.0.1", List.of("198.51.100.7")));
    }

    @Test
    void aSettingThatIsNotAnAddressOrARangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.school.example")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("300.0.0.1")));
    }
}
