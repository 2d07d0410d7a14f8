package org.takedown.shared.database;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.takedown.support.IntegrationTest;
import org.takedown.support.SchemaOwner;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own connection (the DataSource its repositories use) reads and writes rows and can do nothing
 * else: not change the schema or its triggers, not change or remove an audit or history row, not create a table. Every
 * connection needs a password, and the passwords are in a file only their owner can read.
 */
@IntegrationTest
class LeastPrivilegeTests {

    /**
     * Append-only without a trigger: the status histories, whose rows the application adds and never removes (of
     * a case's, it may move the effective date).
     */
    static final List<String> STATUS_HISTORIES = List.of("case_status_change", "server_status_change",
            "defendant_status_change", "raid_status_change", "extradition_status_change");

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedPostgresAccess access;

    @Test
    void theApplicationConnectsAsARoleThatOwnsNothingAndHasNoPowers() {
        JdbcClient application = JdbcClient.create(this.dataSource);
        assertThat(application.sql("select current_user").query(String.class).single()).isEqualTo("takedown_app");
        assertThat(application.sql("""
                select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls
                from pg_roles where rolname = current_user
                """).query(Boolean.class).single()).isFalse();
        assertThat(application.sql("select pg_has_role(current_user, ?, 'member')")
            .param(EmbeddedPostgresAccess.OWNER)
            .query(Boolean.class)
            .single()).isFalse();
        assertThat(application.sql("select count(*) from pg_class where relowner = (select oid from pg_roles"
                + " where rolname = current_user)").query(Long.class).single()).isZero();
        // Flyway migrated as the owner, who owns the whole schema
        assertThat(SchemaOwner.jdbc(this.flyway).sql("select current_user").query(String.class).single())
            .isEqualTo(EmbeddedPostgresAccess.OWNER);
        assertThat(application.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner <> ?")
            .param(EmbeddedPostgresAccess.OWNER)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theApplicationCannotAlterTheAuditLogNorSetItsTriggersAside() {
        JdbcClient application = JdbcClient.create(this.dataSource);
        refused(application, "alter table audit_log add column rewritten text", "must be owner of table audit_log");
        refused(application, "alter table audit_log disable trigger user", "must be owner of table audit_log");
        refused(application, "alter table audit_log disable trigger tr_audit_log_append_only",
                "must be owner of table audit_log");
        refused(application, "drop trigger tr_audit_log_append_only on audit_log", "must be owner of relation audit_log");
        refused(application, "drop table audit_log", "must be owner of table audit_log");
        refused(application, "set session_replication_role = replica", "permission denied");
    }

    @Test
    void theApplicationCanAddAuditRowsButNeitherChangeNorRemoveThem() {
        JdbcClient application = JdbcClient.create(this.dataSource);
        application.sql("insert into audit_log (occurred_at, event, username) values (now(), 'SIGN_IN', 'least-privilege')")
            .update();
        assertThat(application.sql("select count(*) from audit_log where username = 'least-privilege'")
            .query(Long.class)
            .single()).isPositive();
        // refused by the grants, before the append-only trigger is reached
        refused(application, "update audit_log set username = 'someone-else' where username = 'least-privilege'",
                "permission denied for table audit_log");
        refused(application, "delete from audit_log where username = 'least-privilege'",
                "permission denied for table audit_log");
        refused(application, "truncate audit_log", "permission denied for table audit_log");
    }

    @Test
    void theApplicationCannotCreateTables() {
        JdbcClient application = JdbcClient.create(this.dataSource);
        refused(application, "create table planted (note text)", "permission denied for schema public");
        refused(application, "create temporary table planted (note text)", "permission denied to create temporary");
        refused(application, "create function planted() returns int language sql as 'select 1'",
                "permission denied for schema public");
        refused(application, "create schema planted", "permission denied for database");
    }

    @Test
    void everyAppendOnlyTableTakesOnlyInsertsAndReadsFromTheApplication() {
        JdbcClient owner = SchemaOwner.jdbc(this.flyway);
        List<String> guarded = owner.sql("""
                select distinct t.tgrelid::regclass::text from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                where p.proname = 'reject_audit_change' and not t.tgisinternal order by 1
                """).query(String.class).list();
        assertThat(guarded).contains("audit_log", "revinfo", "enforcement_case_aud", "saved_view_aud",
                "raid_status_change_aud", "extradition_status_change_aud");
        List<String> appendOnly = new java.util.ArrayList<>(guarded);
        appendOnly.addAll(STATUS_HISTORIES);
        for (String table : appendOnly) {
            assertThat(owner.sql("""
                    select array[has_table_privilege(:role, :table, 'select'), has_table_privilege(:role, :table, 'insert'),
                                 has_table_privilege(:role, :table, 'update'), has_table_privilege(:role, :table, 'delete'),
                                 has_table_privilege(:role, :table, 'truncate'), has_table_privilege(:role, :table, 'trigger')]::text
                    """).param("role", this.access.applicationRole()).param("table", table).query(String.class).single())
                .as(table)
                .isEqualTo("{t,t,f,f,f,f}");
        }
        // a case's opening entry follows a correction of its opening date: that column alone
        assertThat(owner.sql("""
                select array[has_column_privilege(:role, 'case_status_change', 'effective_on', 'update'),
                             has_column_privilege(:role, 'case_status_change', 'to_status', 'update'),
                             has_column_privilege(:role, 'case_status_change', 'recorded_by', 'update')]::text
                """).param("role", this.access.applicationRole()).query(String.class).single())
            .isEqualTo("{t,f,f}");
        // the other tables are the application's to read and write, the history of the migrations is not
        assertThat(owner.sql("select has_table_privilege(?, 'enforcement_case', 'update')")
            .param(this.access.applicationRole())
            .query(Boolean.class)
            .single()).isTrue();
        assertThat(owner.sql("select has_table_privilege(?, 'flyway_schema_history', 'select')")
            .param(this.access.applicationRole())
            .query(Boolean.class)
            .single()).isFalse();
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        String url = EmbeddedPostgresAccess.jdbcUrl(this.postgres);
        for (String role : List.of("takedown_app", EmbeddedPostgresAccess.OWNER, EmbeddedPostgresAccess.SUPERUSER)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, null).close()).as(role)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "takedown").close()).as(role)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerCanRead() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.access.credentialsFile())))
            .isEqualTo("rw-------");
        assertThat(this.access.credentialsFile().getParent()).isEqualTo(this.access.dataDirectory().toPath().getParent());
    }

    private static void refused(JdbcClient jdbc, String statement, String reason) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).rootCause().hasMessageContaining(reason);
    }

}
