package org.cyberpolicy.quiz.account.session;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * Registers {@link SessionKeySource} (META-INF/services) with the data folder and the kind of database as configured.
 */
public class SessionKeySourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String folder = valueOr(context.getValue("quiz.data.dir"), "./data");
        boolean postgresql = "postgresql".equals(valueOr(context.getValue("quarkus.datasource.db-kind"), "h2"));
        return List.of(new SessionKeySource(Path.of(folder), postgresql));
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }
}
