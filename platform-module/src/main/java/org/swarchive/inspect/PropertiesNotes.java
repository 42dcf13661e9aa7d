package org.swarchive.inspect;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * Records kept one Java properties note each ({@code ID.properties}) in an area of the station's
 * notes: inspection windows, access requests. Each is written whole, so a reader sees a record
 * complete or not at all. Notes written by earlier versions (Latin-1 with escapes) read the same.
 */
final class PropertiesNotes<T> {

    private static final String SUFFIX = ".properties";

    private final StationState state;
    private final String area;
    private final Text what;
    private final Function<Properties, T> reader;

    PropertiesNotes(StationState state, String area, Text what, Function<Properties, T> reader) {
        this.state = state;
        this.area = area;
        this.what = what;
        this.reader = reader;
    }

    void save(String id, Properties p, String comment) {
        StringWriter out = new StringWriter();
        try {
            p.store(out, comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        state.write(area, id + SUFFIX, out.toString());
    }

    List<T> all() {
        List<T> out = new ArrayList<>();
        for (String name : state.list(area)) {
            if (!name.endsWith(SUFFIX)) {
                continue;
            }
            String text = state.read(area, name).orElse(null);
            if (text == null) {
                continue;
            }
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
                out.add(reader.apply(p));
            } catch (IOException | RuntimeException e) {
                throw new StoreException(Message.of("inspect.note.unreadable", what, state.locate(area, name)), e);
            }
        }
        return out;
    }
}
