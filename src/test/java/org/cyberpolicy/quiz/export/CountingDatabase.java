package org.cyberpolicy.quiz.export;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import javax.sql.DataSource;

/**
 * A data source that watches the cursors of the queries it is told to watch: how many rows the export has pulled
 * so far, and how each statement was set up (result set type, concurrency, fetch size).
 */
final class CountingDatabase {

    /** How a watched statement was prepared. */
    record Cursor(String sql, int type, int concurrency, List<Integer> fetchSizes) {
    }

    private final DataSource target;
    private final Predicate<String> watched;
    private final AtomicLong rowsRead = new AtomicLong();
    final List<Cursor> cursors = new ArrayList<>();

    CountingDatabase(DataSource target, Predicate<String> watched) {
        this.target = target;
        this.watched = watched;
    }

    long rowsRead() {
        return rowsRead.get();
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (self, method, args) -> {
            Object result = call(target, method, args);
            return method.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, (self, method, args) -> {
            Object result = call(connection, method, args);
            if (method.getName().equals("prepareStatement") && watched.test((String) args[0])) {
                int type = args.length >= 3 ? (Integer) args[1] : ResultSet.TYPE_FORWARD_ONLY;
                int concurrency = args.length >= 3 ? (Integer) args[2] : ResultSet.CONCUR_READ_ONLY;
                Cursor cursor = new Cursor((String) args[0], type, concurrency, new ArrayList<>());
                cursors.add(cursor);
                return statement((PreparedStatement) result, cursor);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement statement, Cursor cursor) {
        return proxy(PreparedStatement.class, (self, method, args) -> {
            if (method.getName().equals("setFetchSize")) {
                cursor.fetchSizes().add((Integer) args[0]);
            }
            Object result = call(statement, method, args);
            return method.getName().equals("executeQuery") ? resultSet((ResultSet) result) : result;
        });
    }

    private ResultSet resultSet(ResultSet rows) {
        return proxy(ResultSet.class, (self, method, args) -> {
            Object result = call(rows, method, args);
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rowsRead.incrementAndGet();
            }
            return result;
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CountingDatabase.class.getClassLoader(), new Class<?>[] { type }, handler);
    }
}
