package org.takedown.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, whichever thread sends it and whether it comes from Hibernate or
 * plain JDBC, so tests can show that a page costs the same number of statements for 5 rows as for 500.
 * Usage: {@code counter.reset(); mvc.get()...; assertThat(counter.count())...}.
 */
public class SqlStatementCounter implements QueryExecutionListener {

    private final AtomicInteger statements = new AtomicInteger();

    public void reset() {
        this.statements.set(0);
    }

    public int count() {
        return this.statements.get();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        this.statements.addAndGet(queryInfoList.size());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {

        @Bean
        SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<SqlStatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource)
                            .name("counting")
                            .listener(counter.getObject())
                            .build();
                    }
                    return bean;
                }
            };
        }

    }

}
