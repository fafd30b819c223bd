package org.cyberpolicy.quiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platforms file named by QUIZ_LTI_PLATFORMS, read when the app starts. */
class PlatformsFileStartTest {

    @TempDir
    Path folder;

    static LtiConfig naming(String file) {
        return new LtiConfig() {
            @Override
            public Optional<String> platforms() {
                return Optional.ofNullable(file);
            }

            @Override
            public Optional<String> baseUrl() {
                return Optional.empty();
            }

            @Override
            public Duration loginTimeout() {
                return Duration.ofMinutes(10);
            }

            @Override
            public int loginsPerAddress() {
                return 600;
            }

            @Override
            public Duration loginsWindow() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int maxPendingLogins() {
                return 100_000;
            }

            @Override
            public Duration clockSkew() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration maxTokenAge() {
                return Duration.ofMinutes(10);
            }
        };
    }

    @Test
    void thePlatformsOfTheFileAreTrustedFromTheStart() throws IOException {
        Path file = Files.writeString(folder.resolve("platforms.yaml"), PlatformSpecTest.EXAMPLE);
        Platforms platforms = new Platforms(naming(file.toString()));
        platforms.onStart(null);
        List<Platform> read = platforms.fromFile();
        assertEquals(1, read.size());
        assertEquals(Platform.Source.FILE, read.get(0).source());
        assertEquals("10000000000001", read.get(0).clientId());
        assertTrue(read.get(0).knowsDeployment("1"));
    }

    @Test
    void aFileWithAProblemStopsTheStartSayingWhy() throws IOException {
        Path file = Files.writeString(folder.resolve("platforms.yaml"),
                PlatformSpecTest.EXAMPLE.replace("https://lms.example.edu/mod/lti/certs.php", "http://lms/certs"));
        PlatformsFile.Invalid invalid = assertThrows(PlatformsFile.Invalid.class,
                () -> new Platforms(naming(file.toString())).onStart(null));
        assertTrue(invalid.getMessage().contains("platform 1: jwks-url: 'http://lms/certs' must use https"),
                invalid.getMessage());
        assertThrows(PlatformsFile.Invalid.class,
                () -> new Platforms(naming(folder.resolve("missing.yaml").toString())).onStart(null));
    }

    @Test
    void withoutAFileThereAreNone() {
        Platforms platforms = new Platforms(naming(null));
        platforms.onStart(null);
        assertEquals(List.of(), platforms.fromFile());
    }
}
