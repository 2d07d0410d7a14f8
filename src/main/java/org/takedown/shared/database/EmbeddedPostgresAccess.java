package org.takedown.shared.database;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.util.FileSystemUtils;

/**
 * Who may connect to the embedded PostgreSQL, and as whom. Every connection, local socket or TCP, must give a
 * password (scram-sha-256; no {@code trust} line in {@code pg_hba.conf}). Three roles: the superuser {@code postgres}
 * starts the server and keeps the other two; {@value #OWNER} owns the schema and is the role Flyway migrates as; the
 * application's role (the Flyway placeholder {@code application-role}, {@code takedown_app} unless set) only reads and
 * writes rows, as migration {@code V200} grants. Their passwords are in {@link EmbeddedPostgresCredentials}.
 * <p>
 * A new data directory requires passwords from its first start (initdb sets the superuser's). One made by an earlier
 * version (trusting every local connection, the application connecting as {@code postgres}) is upgraded in place on
 * its next start: passwords set, the schema and its objects handed to {@value #OWNER}, {@code pg_hba.conf} rewritten
 * and reloaded. No row is touched. A start that stops half-way picks up where it stopped, since the passwords are
 * written first.
 */
final class EmbeddedPostgresAccess implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAccess.class);

    static final String SUPERUSER = "postgres";

    static final String OWNER = "takedown_owner";

    static final String DATABASE = "postgres";

    /** The Flyway placeholder naming the application's role; V200 grants to it. */
    static final String APPLICATION_ROLE_PROPERTY = "spring.flyway.placeholders.application-role";

    static final String DEFAULT_APPLICATION_ROLE = "takedown_app";

    /** A role name that needs no quoting, so it can go into SQL as it is (and into V200 through its placeholder). */
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    static final String PG_HBA = """
            # Written by Takedown: every connection gives a password (scram-sha-256), locally and over TCP.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private final Path dataDirectory;

    /** The temporary directory holding a throw-away data directory and its credentials; null when data is kept. */
    private final Path throwAway;

    private final String applicationRole;

    private final EmbeddedPostgresCredentials credentials;

    private Path initdbPasswordFile;

    private EmbeddedPostgresAccess(Path dataDirectory, Path throwAway, String applicationRole,
            EmbeddedPostgresCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.throwAway = throwAway;
        this.applicationRole = applicationRole;
        this.credentials = credentials;
    }

    /**
     * Access to a kept data directory ({@code dataDirectory}), or to a throw-away one in a new private temporary
     * directory ({@code null}) that {@link #close} removes with its credentials.
     */
    static EmbeddedPostgresAccess of(File dataDirectory, String applicationRole) throws IOException {
        if (!ROLE_NAME.matcher(applicationRole).matches() || OWNER.equals(applicationRole)
                || SUPERUSER.equals(applicationRole)) {
            throw new IllegalArgumentException("The application's role must be a lower-case SQL name of its own, not "
                    + applicationRole);
        }
        if (dataDirectory == null) {
            // createTempDirectory makes it rwx------
            Path throwAway = Files.createTempDirectory("takedown-postgres-");
            Path data = throwAway.resolve("data");
            return new EmbeddedPostgresAccess(data, throwAway, applicationRole,
                    EmbeddedPostgresCredentials.loadOrCreate(EmbeddedPostgresCredentials.besideDataDirectory(data)));
        }
        Path data = dataDirectory.toPath().toAbsolutePath();
        Path file = EmbeddedPostgresCredentials.besideDataDirectory(data);
        if (!Files.exists(file) && Files.exists(data.resolve("PG_VERSION")) && !trustsSomeConnection(data)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + data + " requires passwords, but " + file
                    + " that holds them is missing: restore it from the backup of the data directory");
        }
        return new EmbeddedPostgresAccess(data, null, applicationRole, EmbeddedPostgresCredentials.loadOrCreate(file));
    }

    static String applicationRole(Environment environment) {
        return environment.getProperty(APPLICATION_ROLE_PROPERTY, DEFAULT_APPLICATION_ROLE);
    }

    File dataDirectory() {
        return this.dataDirectory.toFile();
    }

    boolean throwAway() {
        return this.throwAway != null;
    }

    Path credentialsFile() {
        return this.credentials.file();
    }

    String applicationRole() {
        return this.applicationRole;
    }

    String applicationPassword() {
        return this.credentials.applicationPassword();
    }

    String ownerPassword() {
        return this.credentials.ownerPassword();
    }

    static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /**
     * Before the server starts: a cluster about to be created requires passwords from the start, and zonky's
     * readiness check (which connects as the superuser) gives the superuser's.
     */
    void requirePasswords(EmbeddedPostgres.Builder builder) throws IOException {
        boolean initdbWillRun = throwAway() || !Files.exists(this.dataDirectory.resolve("postgresql.conf"));
        if (initdbWillRun) {
            // zonky runs "initdb -A trust ..." and appends its locale options as --name=value; initdb takes the last
            // --auth, and with --pwfile sets the superuser's password, so not even the first start trusts anyone
            this.initdbPasswordFile = Files.createTempFile(this.credentials.file().getParent(), ".initdb-", ".pw",
                    PosixFilePermissions.asFileAttribute(EmbeddedPostgresCredentials.OWNER_ONLY));
            Files.writeString(this.initdbPasswordFile, this.credentials.superuserPassword() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", this.initdbPasswordFile.toString());
        }
        builder.setConnectConfig("password", this.credentials.superuserPassword());
    }

    /**
     * After the server has started: the two roles exist with their passwords and privileges, the schema belongs to
     * the owner, and {@code pg_hba.conf} asks everyone for a password (upgrading a data directory that trusted).
     */
    void secure(EmbeddedPostgres postgres) throws IOException, SQLException {
        if (this.initdbPasswordFile != null) {
            Files.deleteIfExists(this.initdbPasswordFile);
            this.initdbPasswordFile = null;
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            boolean trusting = !passwordOnly(statement);
            if (trusting) {
                log.warn("The embedded PostgreSQL in {} lets connections in without a password; securing it",
                        this.dataDirectory);
                setPassword(connection, SUPERUSER, this.credentials.superuserPassword());
            }
            role(connection, OWNER, this.credentials.ownerPassword());
            role(connection, this.applicationRole, this.credentials.applicationPassword());
            // the owner of the database may create trusted extensions (V30's pg_trgm) and owns its schema
            statement.execute("alter database " + DATABASE + " owner to " + OWNER);
            statement.execute("alter schema public owner to " + OWNER);
            // only the owner creates objects; the application cannot make even temporary tables
            statement.execute("revoke create on schema public from public");
            statement.execute("revoke temporary on database " + DATABASE + " from public");
            handOverObjectsOfTheSuperuser(statement);
            if (trusting) {
                Files.writeString(this.dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
                statement.execute("select pg_reload_conf()");
                if (!passwordOnly(statement)) {
                    throw new IllegalStateException("pg_hba.conf in " + this.dataDirectory + " still lets "
                            + "connections in without a password");
                }
                log.warn("The embedded PostgreSQL in {} now requires passwords; they are in {}", this.dataDirectory,
                        this.credentials.file());
            }
        }
    }

    /** Whether every rule the server reads from pg_hba.conf asks for a scram-sha-256 password. */
    private static boolean passwordOnly(Statement statement) throws SQLException {
        try (ResultSet rules = statement.executeQuery(
                "select count(*) filter (where auth_method is distinct from 'scram-sha-256' or error is not null),"
                        + " count(*) from pg_hba_file_rules")) {
            rules.next();
            return rules.getLong(1) == 0 && rules.getLong(2) > 0;
        }
    }

    /** Before the server runs, from the file: whether some line of pg_hba.conf lets a connection in untested. */
    private static boolean trustsSomeConnection(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return true;
        }
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        return lines.stream()
            .map((line) -> line.replaceFirst("#.*", "").trim())
            .anyMatch((line) -> !line.isEmpty() && List.of(line.split("\\s+")).contains("trust"));
    }

    private static void role(Connection connection, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement query = connection.prepareStatement("select count(*) from pg_roles where rolname = ?")) {
            query.setString(1, role);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                exists = result.getLong(1) > 0;
            }
        }
        try (Statement statement = connection.createStatement()) {
            if (!exists) {
                statement.execute("create role " + role);
            }
            // whatever an operator changed by hand: a login, and no power beyond what is granted to it
            statement.execute("alter role " + role
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit");
        }
        setPassword(connection, role, password);
    }

    /**
     * The driver computes the SCRAM verifier and sends only that, so the password never reaches the server (or its
     * statement log). The driver is a runtime dependency, hence the reflective call of
     * {@code PGConnection#alterUserPassword}.
     */
    private static void setPassword(Connection connection, String role, String password) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false,
                    connection.getClass().getClassLoader());
            pgConnection.getMethod("alterUserPassword", String.class, char[].class, String.class)
                .invoke(connection.unwrap(pgConnection), role, password.toCharArray(), "scram-sha-256");
        }
        catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Could not set the password of " + role, ex.getCause());
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("The PostgreSQL driver cannot set passwords", ex);
        }
    }

    /**
     * An earlier version migrated as the superuser, which therefore owns the tables, views, sequences and functions it
     * made. They go to the owner, so that Flyway can keep migrating them as the owner. A sequence that belongs to a
     * column follows its table; the functions of an extension stay with it.
     */
    private static void handOverObjectsOfTheSuperuser(Statement statement) throws SQLException {
        statement.execute("""
                do $$
                declare
                    object record;
                begin
                    for object in
                        select c.oid::regclass as name, case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                            when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end as kind
                        from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relowner = '%1$s'::regrole
                          and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                          and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                          and d.objid = c.oid and d.deptype in ('a', 'i'))
                    loop
                        execute format('alter %%s %%s owner to %2$s', object.kind, object.name);
                    end loop;
                    for object in
                        select p.oid::regprocedure as name from pg_proc p
                        where p.pronamespace = 'public'::regnamespace and p.proowner = '%1$s'::regrole
                          and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                          and d.objid = p.oid and d.deptype = 'e')
                    loop
                        execute format('alter routine %%s owner to %2$s', object.name);
                    end loop;
                end;
                $$""".formatted(SUPERUSER, OWNER));
    }

    /** Removes a throw-away data directory's temporary directory, credentials included, after the server stopped. */
    @Override
    public void close() throws IOException {
        if (this.initdbPasswordFile != null) {
            Files.deleteIfExists(this.initdbPasswordFile);
        }
        if (this.throwAway != null) {
            FileSystemUtils.deleteRecursively(this.throwAway);
        }
    }

}
