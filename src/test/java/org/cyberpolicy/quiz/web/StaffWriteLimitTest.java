package org.cyberpolicy.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.container.ResourceInfo;

import org.cyberpolicy.quiz.web.api.AttemptApi;
import org.cyberpolicy.quiz.web.api.OverridesApi;
import org.cyberpolicy.quiz.web.lti.LtiCoursesApi;
import org.cyberpolicy.quiz.web.people.PeopleWriteLimit;
import org.junit.jupiter.api.Test;

/** Which write limit a state-changing request spends, decided from its endpoint alone. */
class StaffWriteLimitTest {

    private static ResourceInfo endpoint(Class<?> type, String method) {
        Method found = Stream.of(type.getDeclaredMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow();
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return found;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @Test
    void anOverrideGrantedByStaffIsAStaffChange() {
        ResourceInfo grant = endpoint(OverridesApi.class, "grant");
        assertTrue(StaffWriteLimit.staffOnly(grant));
        assertFalse(PeopleWriteLimit.changesPeople(grant));
    }

    @Test
    void aRosterReadFromAPlatformIsAChangeToPeopleOnly() {
        ResourceInfo sync = endpoint(LtiCoursesApi.class, "syncRoster");
        assertTrue(PeopleWriteLimit.changesPeople(sync));
    }

    @Test
    void aStudentsSaveIsNoStaffChange() {
        ResourceInfo save = endpoint(AttemptApi.class, "save");
        assertFalse(StaffWriteLimit.staffOnly(save));
        assertFalse(PeopleWriteLimit.changesPeople(save));
    }

    /** A new endpoint under /instructor or /api/instructor that forgot its roles would escape both limits. */
    @Test
    void everyStateChangingEndpointForStaffSpendsAWriteLimit() throws IOException, ClassNotFoundException {
        List<String> unlimited = new ArrayList<>();
        int counted = 0;
        for (Class<?> type : webClasses()) {
            jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (path == null || !(path.value().startsWith("/instructor") || path.value().startsWith("/api/instructor"))) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!changes(method)) {
                    continue;
                }
                ResourceInfo endpoint = endpoint(type, method.getName());
                if (StaffWriteLimit.staffOnly(endpoint) || PeopleWriteLimit.changesPeople(endpoint)) {
                    counted++;
                } else {
                    unlimited.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unlimited);
        assertTrue(counted > 30, "the staff endpoints were found: " + counted);
    }

    private static boolean changes(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class);
    }

    private static List<Class<?>> webClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/cyberpolicy/quiz/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, StaffWriteLimitTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
