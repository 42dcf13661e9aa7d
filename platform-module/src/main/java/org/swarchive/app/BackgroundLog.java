package org.swarchive.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * What {@code swa serve} and {@code swa watch} do in the background — re-checks, sweeps, alerts
 * and their failures, on threads nobody is watching — goes to the log (SLF4J), not to the
 * terminal the command was started from. For the parts that write lines, a {@link PrintWriter}
 * whose every line becomes one log event: an {@link #info} line for what was done, a
 * {@link #warn} line for what failed (a reason, never a stack trace).
 */
final class BackgroundLog {

    private BackgroundLog() {
    }

    static PrintWriter info(Logger log) {
        return new PrintWriter(new Lines(log::info), true);
    }

    static PrintWriter warn(Logger log) {
        return new PrintWriter(new Lines(log::warn), true);
    }

    /** Collects characters up to a line break (or a flush) and hands the line on. */
    private static final class Lines extends Writer {

        private final Consumer<String> sink;
        private final StringBuilder line = new StringBuilder();

        Lines(Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (c == '\n') {
                    emit();
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        @Override
        public synchronized void flush() {
            emit();
        }

        @Override
        public void close() {
            flush();
        }

        private void emit() {
            if (!line.isEmpty()) {
                sink.accept(line.toString());
                line.setLength(0);
            }
        }
    }
}
