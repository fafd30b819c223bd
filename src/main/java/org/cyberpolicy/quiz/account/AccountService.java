package org.cyberpolicy.quiz.account;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.cyberpolicy.quiz.account.RegistrationProblem.Field;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Creating accounts: the rules a registration must meet, and the one place where student accounts are made. */
@ApplicationScoped
public class AccountService {

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 32;
    static final int DISPLAY_NAME_MAX = 100;
    static final int STUDENT_NUMBER_MAX = 32;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Za-z0-9-]+");
    /** Beginnings of the usernames the app gives accounts itself ({@link #reservedNameProblems}). */
    private static final List<String> RESERVED_PREFIXES = List.of("lti-", "deleted-");
    /** SQLSTATE of a unique-constraint violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final RegistrationConfig config;
    private final PasswordHashing hashing;
    private final AddressRateLimit perAddress;

    AccountService(RegistrationConfig config, PasswordHashing hashing) {
        this.config = config;
        this.hashing = hashing;
        this.perAddress = new AddressRateLimit(config.perAddress(), config.perAddressWindow(), config.maxTracked(),
                Instant::now);
    }

    public boolean registrationOpen() {
        return config.enabled();
    }

    /**
     * Creates a student account. Every rule is checked first, the username's being free included, so that a refused
     * registration costs no hashing; only then is the password hashed, outside any transaction, and the account
     * inserted.
     *
     * @throws RegistrationClosedException when registration is switched off
     * @throws RegistrationException with every problem of the registration, including a username already taken
     * @param address the network address it comes from, for the per-address limit
     * @throws RegistrationDeferredException when it cannot be looked at now: nothing was saved
     */
    public Account register(Registration registration, String address) {
        if (!config.enabled()) {
            throw new RegistrationClosedException();
        }
        admit(address);
        Registration clean = registration.normalized();
        List<RegistrationProblem> problems = QuarkusTransaction.requiringNew().call(() -> problems(clean));
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        // Hashing takes a good part of a second; between the two transactions it holds no pooled connection, so a
        // burst of registrations cannot drain the pool (seen as 500s in SigkillKeepsAcknowledgedWritesIT).
        String passwordHash = hashing.hash(clean.password());
        return QuarkusTransaction.requiringNew().call(() -> insert(clean, passwordHash));
    }

    private static Account insert(Registration clean, String passwordHash) {
        try {
            Account account = Account.createHashed(clean.username(), passwordHash, Account.STUDENT,
                    clean.displayName(), clean.studentNumber());
            Account.flush();
            if (clean.joinCode() != null) {
                // Checked before hashing; a section removed since then leaves nothing half made.
                String section = JoinCodes.sectionOf(clean.joinCode())
                        .orElseThrow(() -> new RegistrationException(List.of(JoinCodes.UNKNOWN)));
                JoinCodes.join(section, account.id);
            }
            return account;
        } catch (PersistenceException e) {
            // Two registrations of one name can both pass the check; the unique constraint lets only one in.
            if (isUniqueViolation(e)) {
                throw new RegistrationException(List.of(RegistrationProblem.USERNAME_TAKEN));
            }
            throw e;
        }
    }

    /**
     * Every problem of a registration, in the order of the form's fields, without registering anything. It counts as
     * an attempt from {@code address} all the same.
     *
     * @throws RegistrationDeferredException when that address has registered too often lately
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistrationProblem> check(Registration registration, String address) {
        admit(address);
        return problems(registration.normalized());
    }

    private void admit(String address) {
        perAddress.take(address).ifPresent(wait -> {
            throw new RegistrationDeferredException(RegistrationDeferredException.Reason.ADDRESS_LIMIT, wait);
        });
    }

    private List<RegistrationProblem> problems(Registration clean) {
        List<StaffLookalikes.StaffName> staff = staffNames();
        List<RegistrationProblem> lookalikes = StaffLookalikes.problems(clean.username(), clean.displayName(), staff);
        List<RegistrationProblem> problems = new ArrayList<>(usernameProblems(clean.username()));
        problems.addAll(reservedNameProblems(clean.username()));
        if (problems.isEmpty()) {
            problems.addAll(about(Field.USERNAME, lookalikes));
        }
        // Only a well-formed name is worth looking up, and the lookup is exact because names are stored normalized.
        if (problems.isEmpty() && Account.findByUsername(clean.username()).isPresent()) {
            problems.add(RegistrationProblem.USERNAME_TAKEN);
        }
        List<RegistrationProblem> displayName = displayNameProblems(clean.displayName());
        problems.addAll(displayName.isEmpty() ? about(Field.DISPLAY_NAME, lookalikes) : displayName);
        problems.addAll(studentNumberProblems(clean.studentNumber()));
        problems.addAll(PasswordRules.strength(clean.password()));
        if (!clean.password().isBlank()) {
            problems.addAll(PasswordRules.personal(clean.password(), clean.username(), clean.displayName()));
        }
        if (clean.joinCode() != null && JoinCodes.sectionOf(clean.joinCode()).isEmpty()) {
            problems.add(JoinCodes.UNKNOWN);
        }
        return problems;
    }

    /** The names of every staff account (instructors and assistants), which new names must not pass for. */
    public static List<StaffLookalikes.StaffName> staffNames() {
        return Account.<Account>list("role in ?1", List.of(Account.INSTRUCTOR, Account.ASSISTANT)).stream()
                .map(account -> new StaffLookalikes.StaffName(account.username, account.displayName)).toList();
    }

    /**
     * Every problem of an account's names as a roster gives them (no password: a roster's accounts set theirs through
     * a one-time link), by the rules of registration: the username's form, names that pass for staff, the display
     * name and the student number. The values must be normalized ({@link Registration#normalized}).
     */
    public static List<RegistrationProblem> profileProblems(String username, String displayName, String studentNumber,
            List<StaffLookalikes.StaffName> staff) {
        List<RegistrationProblem> problems = new ArrayList<>(usernameProblems(username));
        problems.addAll(reservedNameProblems(username));
        List<RegistrationProblem> lookalikes = StaffLookalikes.problems(username, displayName, staff);
        if (problems.isEmpty()) {
            problems.addAll(about(Field.USERNAME, lookalikes));
        }
        List<RegistrationProblem> display = displayNameProblems(displayName);
        problems.addAll(display.isEmpty() ? about(Field.DISPLAY_NAME, lookalikes) : display);
        problems.addAll(studentNumberProblems(studentNumber));
        return problems;
    }

    private static List<RegistrationProblem> about(Field field, List<RegistrationProblem> problems) {
        return problems.stream().filter(problem -> problem.field() == field).toList();
    }

    /**
     * Names the app gives accounts itself: {@code lti-…} to a learning platform's users, {@code deleted-…} to deleted
     * accounts. A person who took one could pass for either in results and exports. (Not a rule of the first
     * instructor's configured name, which an existing installation may already have.)
     */
    static List<RegistrationProblem> reservedNameProblems(String username) {
        for (String prefix : RESERVED_PREFIXES) {
            if (username.startsWith(prefix)) {
                return List.of(new RegistrationProblem(Field.USERNAME, "usernames starting with '" + prefix
                        + "' are kept for accounts the app makes itself; choose another"));
            }
        }
        return List.of();
    }

    /** The rules for a normalized username (see {@link Registration#normalizeUsername}). */
    static List<RegistrationProblem> usernameProblems(String username) {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(new RegistrationProblem(Field.USERNAME, "username is required"));
            return problems;
        }
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            problems.add(new RegistrationProblem(Field.USERNAME,
                    "username must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters long"));
        }
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new RegistrationProblem(Field.USERNAME,
                    "username may contain only letters a-z, digits 0-9, '.', '_' and '-'"));
        }
        return problems;
    }

    /**
     * The rules for the first instructor's configured password ({@link InstructorBootstrap}): those of
     * {@link PasswordRules#strength}, and not the username itself. Registration also refuses a password that
     * contains the username or display name; the configured one may ("instructor password for the test"): the
     * operator who sets it also chooses the username, and deployment scripts (this project's tests among them) set
     * phrases that name the role, with which a fresh installation would stop starting.
     */
    static List<RegistrationProblem> passwordProblems(String username, String password) {
        List<RegistrationProblem> problems = new ArrayList<>(PasswordRules.strength(password));
        if (!password.isBlank() && !username.isEmpty() && Registration.normalizeUsername(password).equals(username)) {
            problems.add(new RegistrationProblem(Field.PASSWORD, "password must not be the same as the username"));
        }
        return problems;
    }

    private static List<RegistrationProblem> displayNameProblems(String displayName) {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (displayName.isEmpty()) {
            problems.add(new RegistrationProblem(Field.DISPLAY_NAME, "display name is required"));
            return problems;
        }
        if (displayName.length() > DISPLAY_NAME_MAX) {
            problems.add(new RegistrationProblem(Field.DISPLAY_NAME,
                    "display name must be at most " + DISPLAY_NAME_MAX + " characters long"));
        }
        if (displayName.codePoints().anyMatch(AccountService::isControl)) {
            problems.add(new RegistrationProblem(Field.DISPLAY_NAME,
                    "display name must not contain control characters"));
        }
        return problems;
    }

    private static List<RegistrationProblem> studentNumberProblems(String studentNumber) {
        List<RegistrationProblem> problems = new ArrayList<>();
        if (studentNumber == null) {
            return problems;
        }
        if (studentNumber.length() > STUDENT_NUMBER_MAX) {
            problems.add(new RegistrationProblem(Field.STUDENT_NUMBER,
                    "student number must be at most " + STUDENT_NUMBER_MAX + " characters long"));
        }
        if (!STUDENT_NUMBER.matcher(studentNumber).matches()) {
            problems.add(new RegistrationProblem(Field.STUDENT_NUMBER,
                    "student number may contain only letters, digits and '-'"));
        }
        return problems;
    }

    /**
     * Characters a name shown to others must not hold: C0/C1 controls and line breaks, which can break layouts and
     * logs, and the bidirectional overrides and isolates, which can make a name read as another. Joiners stay
     * allowed, since several scripts and emoji need them.
     */
    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
