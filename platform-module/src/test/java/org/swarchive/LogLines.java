package org.swarchive;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The log lines written while a test runs: what {@code swa serve} and {@code swa watch} do in the
 * background goes to the log, and tests read it here. The events come from {@link Capture}, the
 * appender {@code logback-test.xml} names: configured there, it outlives the reset Spring Boot
 * makes of the logging when the dashboard's context starts.
 */
public final class LogLines implements AutoCloseable {

    private static final List<ILoggingEvent> EVENTS = new CopyOnWriteArrayList<>();

    private final int from;
    private final Predicate<ILoggingEvent> which;
    private volatile int until = -1;

    private LogLines(Predicate<ILoggingEvent> which) {
        this.from = EVENTS.size();
        this.which = which;
    }

    /** What is logged from now on under this logger name (a package, e.g. {@code org.swarchive}), INFO and above. */
    public static LogLines of(String name) {
        return new LogLines(e -> e.getLoggerName().equals(name) || e.getLoggerName().startsWith(name + "."));
    }

    /** What the whole process logs from now on at WARN and above: what an operator sees by default. */
    public static LogLines warnings() {
        return new LogLines(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    /** The events so far, in order. */
    public List<ILoggingEvent> events() {
        int to = until < 0 ? EVENTS.size() : until;
        return EVENTS.subList(from, to).stream().filter(which).toList();
    }

    /** Each event as one line, "LEVEL message" (a stack trace, if any, is not part of it: see {@link #events}). */
    public String text() {
        return events().stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).collect(Collectors.joining("\n"));
    }

    /** Stops reading: later events are not this test's. */
    @Override
    public void close() {
        until = EVENTS.size();
    }

    /** The appender {@code logback-test.xml} attaches: keeps every event it is given for {@link LogLines} to read. */
    public static final class Capture extends AppenderBase<ILoggingEvent> {

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            EVENTS.add(event);
        }
    }
}
