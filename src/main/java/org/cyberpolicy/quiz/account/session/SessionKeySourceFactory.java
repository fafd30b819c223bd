package org.cyberpolicy.quiz.account.session;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Registers {@link SessionKeySource} (META-INF/services) with the data folder and the kind of database as configured,
 * when the app runs, never while it is built, and only when no key is set elsewhere: a configured key (environment,
 * application.properties, for the active profile) leaves the folder alone, and with PostgreSQL starts the app.
 */
public class SessionKeySourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!servesTheKey(ExecutionMode.current()) || isSet(context.getValue(SessionKeySource.KEY))) {
            return List.of();
        }
        String folder = valueOr(context.getValue("quiz.data.dir"), "./data");
        boolean postgresql = "postgresql".equals(valueOr(context.getValue("quarkus.datasource.db-kind"), "h2"));
        return List.of(new SessionKeySource(Path.of(folder), postgresql));
    }

    /**
     * Only a started app gets the key. The build reads every configuration source and records the runtime values it
     * finds inside the packaged app: asked then, the source would make a key in the build's own folder and ship it in
     * the jar, and the PostgreSQL build would stop for want of one.
     */
    static boolean servesTheKey(ExecutionMode mode) {
        return mode != ExecutionMode.UNSET;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
