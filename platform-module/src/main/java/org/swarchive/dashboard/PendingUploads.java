package org.swarchive.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.swarchive.store.StationState;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents handed in that contradict their slot, held until the person confirms or cancels: in
 * the station's notes, where the store keeps its filing journal ({@code .swa/} of a folder, the
 * service's notes folder in Alfresco, which only the service and the site's managers read), one
 * note per document under a random token, naming the person who handed it in. A restart of the
 * server or an expired sign-in loses nothing: the station page lists what still waits for that
 * person, and only they can confirm or cancel it. Held for {@link #HOLD}, then dropped. Nothing is
 * filed or in the archive meanwhile.
 */
final class PendingUploads {

    static final String AREA = "uploads-pending";
    /** Long enough for a weekend; a document nobody came back for is not kept for ever. */
    static final Duration HOLD = Duration.ofDays(7);
    /** A person confirms one document at a time; abandoned ones make way for the next (the oldest goes). */
    static final int MAX_HELD = 5;
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One document held: a temporary file of this server and the name it was handed in under. */
    record Held(Path file, String name) {
        void delete() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is the system's to clean; the note is what counts.
            }
        }
    }

    /** What waits for a person: the slot it was handed in for, its name, when it was held and until when. */
    record Waiting(String token, String indicator, String docType, String period, String subject, String name, Instant heldAt,
                   Instant until) {
    }

    /** The note: who, which slot, and the document itself (Base64). */
    record Note(String person, String indicator, String docType, String period, String subject, String name, String heldAt,
                String until, String content) {
        Waiting waiting(String token) {
            return new Waiting(token, indicator, docType, period, subject, name, Instant.parse(heldAt), Instant.parse(until));
        }
    }

    private final StationState notes;
    private final Instant now;

    PendingUploads(StationState notes, Instant now) {
        this.notes = notes;
        this.now = now;
    }

    /** Holds the document for the slot, for this person; answers the token its confirmation form carries. */
    String hold(Held document, String person, String indicator, String docType, String period, String subject) {
        List<Waiting> mine = of(person);
        for (int i = 0; i <= mine.size() - MAX_HELD; i++) {
            notes.delete(AREA, mine.get(i).token() + ".json");
        }
        String token = UUID.randomUUID().toString();
        try {
            Note note = new Note(person, indicator, docType, period, subject, document.name(), now.toString(), now.plus(HOLD).toString(),
                    Base64.getEncoder().encodeToString(Files.readAllBytes(document.file())));
            notes.create(AREA, token + ".json", JSON.writeValueAsString(note));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /**
     * The document held under the token for this person and indicator, copied to a temporary file
     * (the caller deletes that); the note stays until {@link #drop}, so a failure meanwhile loses nothing.
     */
    Optional<Held> peek(String token, String person, String indicator) {
        return note(token).filter(n -> n.person().equals(person) && n.indicator().equals(indicator)).map(n -> {
            try {
                Path temp = Files.createTempFile("swa-upload-", ".part");
                Files.write(temp, Base64.getDecoder().decode(n.content()));
                return new Held(temp, n.name());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The person's own held document under the token, gone (filed, cancelled, or its slot no longer missing). */
    void drop(String token, String person) {
        if (note(token).filter(n -> n.person().equals(person)).isPresent()) {
            notes.delete(AREA, token + ".json");
        }
    }

    /** What waits for this person, oldest first; any note past its time is dropped on the way. */
    List<Waiting> of(String person) {
        List<Waiting> out = new ArrayList<>();
        for (String name : notes.list(AREA)) {
            String token = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
            note(token).filter(n -> n.person().equals(person)).ifPresent(n -> out.add(n.waiting(token)));
        }
        out.sort(Comparator.comparing(Waiting::heldAt));
        return out;
    }

    private Optional<Note> note(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<String> text = notes.read(AREA, token + ".json");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Note n;
        Instant until;
        try {
            n = JSON.readValue(text.get(), Note.class);
            until = Instant.parse(n.until());
            Instant.parse(n.heldAt());
        } catch (JacksonException | java.time.DateTimeException | IllegalArgumentException | NullPointerException unreadable) {
            // A note nobody can use is no document anybody still has waiting: it goes.
            notes.delete(AREA, token + ".json");
            return Optional.empty();
        }
        if (!until.isAfter(now)) {
            notes.delete(AREA, token + ".json");
            return Optional.empty();
        }
        return Optional.of(n);
    }
}
