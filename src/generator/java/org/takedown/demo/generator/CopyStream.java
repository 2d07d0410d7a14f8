package org.takedown.demo.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY ... FROM STDIN} (text format), a megabyte at a time.
 * {@code null} becomes {@code \N}; backslashes, tabs and line breaks in values are escaped.
 * <p>
 * The PostgreSQL driver is a runtime-only dependency of the build, so its copy API
 * ({@code connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql)}, then {@code CopyIn#writeToCopy} and
 * {@code CopyIn#endCopy}) is reached through method handles looked up once.
 */
final class CopyStream {

    private static final Logger log = LoggerFactory.getLogger(CopyStream.class);

    private static final int FLUSH_AT = 1 << 20;

    private static final Driver DRIVER = Driver.lookUp();

    private final Object copy;

    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

    private final String table;

    private final long started = System.nanoTime();

    private long rows;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.copy = DRIVER.copyIn(connection, "copy " + table + " (" + columns + ") from stdin");
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                this.buffer.append('\t');
            }
            append(values[i]);
        }
        this.buffer.append('\n');
        this.rows++;
        if (this.buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is left and ends the COPY; returns the number of rows the server took. */
    long finish() throws SQLException {
        flush();
        long copied = DRIVER.endCopy(this.copy);
        if (copied != this.rows) {
            throw new IllegalStateException("COPY took " + copied + " rows of " + this.rows);
        }
        log.info("Copied {} rows into {} in {} ms", copied, this.table, (System.nanoTime() - this.started) / 1_000_000);
        return copied;
    }

    private void append(Object value) {
        if (value == null) {
            this.buffer.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> this.buffer.append("\\\\");
                case '\t' -> this.buffer.append("\\t");
                case '\n' -> this.buffer.append("\\n");
                case '\r' -> this.buffer.append("\\r");
                default -> this.buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (this.buffer.isEmpty()) {
            return;
        }
        byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
        DRIVER.write(this.copy, bytes);
        this.buffer.setLength(0);
    }

    /** The driver's copy API: {@code PGConnection#getCopyAPI}, {@code CopyManager#copyIn}, {@code CopyIn}. */
    private record Driver(Class<?> connectionType, MethodHandle copyApi, MethodHandle copyIn, MethodHandle write,
            MethodHandle end) {

        static Driver lookUp() {
            try {
                ClassLoader loader = CopyStream.class.getClassLoader();
                Class<?> connection = Class.forName("org.postgresql.PGConnection", false, loader);
                Class<?> manager = Class.forName("org.postgresql.copy.CopyManager", false, loader);
                Class<?> copyIn = Class.forName("org.postgresql.copy.CopyIn", false, loader);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return new Driver(connection, lookup.findVirtual(connection, "getCopyAPI", MethodType.methodType(manager)),
                        lookup.findVirtual(manager, "copyIn", MethodType.methodType(copyIn, String.class)),
                        lookup.findVirtual(copyIn, "writeToCopy",
                                MethodType.methodType(void.class, byte[].class, int.class, int.class)),
                        lookup.findVirtual(copyIn, "endCopy", MethodType.methodType(long.class)));
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("The PostgreSQL JDBC driver is not on the class path", ex);
            }
        }

        Object copyIn(Connection connection, String sql) throws SQLException {
            try {
                return this.copyIn.invoke(this.copyApi.invoke(connection.unwrap(this.connectionType)), sql);
            }
            catch (SQLException | RuntimeException ex) {
                throw ex;
            }
            catch (Throwable ex) {
                throw new IllegalStateException(ex);
            }
        }

        void write(Object copy, byte[] bytes) throws SQLException {
            try {
                this.write.invoke(copy, bytes, 0, bytes.length);
            }
            catch (SQLException | RuntimeException ex) {
                throw ex;
            }
            catch (Throwable ex) {
                throw new IllegalStateException(ex);
            }
        }

        long endCopy(Object copy) throws SQLException {
            try {
                return (long) this.end.invoke(copy);
            }
            catch (SQLException | RuntimeException ex) {
                throw ex;
            }
            catch (Throwable ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
