package org.cyberpolicy.quiz.lti;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.Refusal;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The platforms the tool trusts: those of the platforms file ({@code quiz.lti.platforms}, read at start-up; a file
 * with a problem stops the start) and those instructors registered (the database).
 */
@ApplicationScoped
public class Platforms {

    private static final Logger LOG = Logger.getLogger(Platforms.class);

    private final LtiConfig config;
    private final Clock clock = Clock.systemUTC();
    private volatile List<Platform> fromFile = List.of();

    Platforms(LtiConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        config.platforms().filter(name -> !name.isBlank()).ifPresent(name -> {
            List<Platform> read = new ArrayList<>();
            for (PlatformSpec spec : PlatformsFile.read(Path.of(name))) {
                read.add(new Platform(null, Platform.Source.FILE, spec, null, null));
            }
            fromFile = List.copyOf(read);
            LOG.infof("LTI: %d platform(s) from %s", read.size(), name);
        });
    }

    /** The platforms of the file, as read at start-up. */
    List<Platform> fromFile() {
        return fromFile;
    }

    /** Every platform, those of the file first. */
    @Transactional
    public List<Platform> all() {
        List<Platform> all = new ArrayList<>(fromFile);
        LtiPlatform.listInOrder().forEach(row -> all.add(row.toPlatform()));
        return all;
    }

    /**
     * The platform of a login initiation: by issuer and client id, or by issuer alone when the platform sent no client
     * id and only one registration has that issuer.
     *
     * @throws LaunchRefusal when none or several fit
     */
    @Transactional
    public Platform forLogin(String issuer, String clientId) {
        List<Platform> ofIssuer = all().stream().filter(p -> p.issuer().equals(issuer)).toList();
        if (clientId != null && !clientId.isBlank()) {
            return ofIssuer.stream().filter(p -> p.clientId().equals(clientId)).findFirst()
                    .orElseThrow(() -> new LaunchRefusal(LaunchProblem.UNKNOWN_PLATFORM, ofIssuer.isEmpty()
                            ? "No platform with the issuer '" + LaunchRefusal.shown(issuer) + "' is registered."
                            : "The platform '" + LaunchRefusal.shown(issuer) + "' is registered, but not with the"
                                    + " client id '" + LaunchRefusal.shown(clientId) + "'."));
        }
        if (ofIssuer.size() == 1) {
            return ofIssuer.get(0);
        }
        throw new LaunchRefusal(LaunchProblem.UNKNOWN_PLATFORM, ofIssuer.isEmpty()
                ? "No platform with the issuer '" + LaunchRefusal.shown(issuer) + "' is registered."
                : "The platform '" + LaunchRefusal.shown(issuer) + "' is registered more than once and sent no"
                        + " client_id to tell which registration this is.");
    }

    /** The platform by issuer and client id, as a login recorded them. */
    @Transactional
    public Optional<Platform> find(String issuer, String clientId) {
        return all().stream().filter(p -> p.issuer().equals(issuer) && p.clientId().equals(clientId)).findFirst();
    }

    /**
     * Registers a platform.
     *
     * @throws Refusal invalid with every problem; conflict when the issuer and client id are registered already
     */
    public Platform register(PlatformSpec spec, String by) {
        List<String> problems = spec.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("The platform cannot be registered as it is.", problems);
        }
        if (fromFile.stream().anyMatch(p -> p.issuer().equals(spec.issuer())
                && p.clientId().equals(spec.clientId()))) {
            throw Refusal.conflict("This issuer and client id are in the platforms file already.");
        }
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
                if (LtiPlatform.findByIssuerAndClient(spec.issuer(), spec.clientId()).isPresent()) {
                    throw Refusal.conflict("This issuer and client id are registered already; delete the"
                            + " registration first to change it.");
                }
                LtiPlatform row = LtiPlatform.create(spec, by, clock.instant());
                LtiPlatform.flush();
                return row.toPlatform();
            });
        } catch (PersistenceException raced) {
            throw Refusal.conflict("This issuer and client id are registered already.");
        }
    }

    /** Deletes a registered platform; its users keep their accounts. */
    @Transactional
    public void delete(long id) {
        LtiPlatform row = LtiPlatform.findById(id);
        if (row == null) {
            throw Refusal.notFound("No registered platform has the id " + id + ".");
        }
        row.delete();
    }
}
