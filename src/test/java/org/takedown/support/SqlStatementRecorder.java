package org.takedown.support;

import java.lang.reflect.InvocationTargetException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the application sends while recording is on, each with the calls that bound its
 * parameters, so that a test can ask PostgreSQL how it would run exactly what a page ran ({@link QueryPlans}).
 * Usage: {@code recorder.start(); mvc.get()...; List<Statement> sent = recorder.stop();}.
 */
public class SqlStatementRecorder implements QueryExecutionListener {

    private final List<Statement> statements = new ArrayList<>();

    private boolean recording;

    public synchronized void start() {
        this.statements.clear();
        this.recording = true;
    }

    /** Stops recording and returns what was sent since {@link #start()}, in order. */
    public synchronized List<Statement> stop() {
        this.recording = false;
        return List.copyOf(this.statements);
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public synchronized void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        if (!this.recording) {
            return;
        }
        for (QueryInfo query : queryInfoList) {
            if (query.getParametersList().isEmpty()) {
                this.statements.add(new Statement(query.getQuery(), List.of()));
            }
            // a batch runs the statement once per parameter set
            for (List<ParameterSetOperation> parameters : query.getParametersList()) {
                this.statements.add(new Statement(query.getQuery(), parameters.stream()
                    .map((operation) -> new ParameterSetOperation(operation.getMethod(), operation.getArgs().clone()))
                    .sorted(Comparator.comparingInt(SqlStatementRecorder::index))
                    .toList()));
            }
        }
    }

    private static int index(ParameterSetOperation operation) {
        return (operation.getArgs()[0] instanceof Integer index) ? index : 0;
    }

    /**
     * One statement as the application sent it.
     *
     * @param sql the statement's text, with {@code ?} where a parameter goes
     * @param parameters the calls that bound its parameters ({@code setLong(1, 42)}), in parameter order
     */
    public record Statement(String sql, List<ParameterSetOperation> parameters) {

        /** Binds the same values the same way on another statement, one whose parameters are in the same places. */
        public void bind(PreparedStatement statement) throws SQLException {
            for (ParameterSetOperation operation : this.parameters) {
                try {
                    operation.getMethod().invoke(statement, operation.getArgs());
                }
                catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
                catch (InvocationTargetException ex) {
                    if (ex.getCause() instanceof SQLException sqlException) {
                        throw sqlException;
                    }
                    throw new IllegalStateException(ex.getCause());
                }
            }
        }

        /** The bound values, for messages: {@code [1=42, 2=US]}. */
        public String values() {
            return this.parameters.stream().map(Statement::value).toList().toString();
        }

        private static String value(ParameterSetOperation operation) {
            Object[] args = operation.getArgs();
            Object value = (ParameterSetOperation.isSetNullParameterOperation(operation) || args.length < 2) ? null
                    : args[1];
            return args[0] + "=" + ((value instanceof Object[] array) ? Arrays.toString(array) : value);
        }

    }

    /** Puts the recorder between the application and its data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        SqlStatementRecorder sqlStatementRecorder() {
            return new SqlStatementRecorder();
        }

        @Bean
        static BeanPostProcessor recordingDataSource(ObjectProvider<SqlStatementRecorder> recorder) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource)
                            .name("recording")
                            .listener(recorder.getObject())
                            .build();
                    }
                    return bean;
                }
            };
        }

    }

}
