package org.cyberpolicy.quiz.web.api;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.cyberpolicy.quiz.Refusal;
import org.cyberpolicy.quiz.account.Account;
import org.cyberpolicy.quiz.storage.DatabaseBackup;

/** Instructors (or an operator's cron job with an instructor's account) back up the embedded database while it runs. */
@Path("/api/instructor/backup")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Account.INSTRUCTOR)
public class BackupApi {

    /** Where the backup went ({@code file}, on the server) and its size in bytes. */
    public record BackupJson(String file, long bytes) {
    }

    private final DatabaseBackup backup;

    BackupApi(DatabaseBackup backup) {
        this.backup = backup;
    }

    /** 201 with the backup made; 409 when the database is not an H2 file (use the database server's own tools). */
    @POST
    public Response backUp() throws IOException, SQLException {
        return backup.make()
                .map(made -> Response.status(Response.Status.CREATED)
                        .entity(new BackupJson(made.file().toString(), made.bytes())).build())
                .orElseThrow(() -> Refusal.conflict("This server keeps its data in a database server, not an H2 file:"
                        + " back it up with that server's own tools (for PostgreSQL, pg_dump)."));
    }
}
