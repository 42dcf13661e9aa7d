package org.swarchive.inspect;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.assessment.EvaluatorEntry;
import org.swarchive.evidence.assessment.Verdict;
import org.swarchive.evidence.assessment.Worksheet;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;

/**
 * The one store of evaluators' worksheets, in the station's notes beside the windows
 * ({@code inspections/worksheets/WINDOW}), so the folder store and Alfresco keep them alike and a
 * restart forgets nothing. Each evaluator's entry on a leaf is a note of its own, written whole
 * (a form saving as the evaluator types never overwrites another evaluator's entry); a submission
 * is a note created once ({@link StationState#create}), so two clicks never submit twice. The
 * window's evaluators, when it names them, are one more note; so is the filed score sheet.
 */
public final class WorksheetStore {

    static final String AREA = InspectionWindowStore.AREA + "/worksheets";
    private static final String ENTRY = "entry-";
    private static final String SUBMITTED = "submitted-";
    private static final String EVALUATORS = "evaluators.properties";
    private static final String FILED = "filed.properties";

    private final StationState state;
    private final InspectionWindowStore windows;

    public WorksheetStore(StationState state) {
        this.state = state;
        this.windows = new InspectionWindowStore(state);
    }

    /** A sheet filed into the archive: the record's id and 档号 (empty without a 全宗号), when, and the total it gave. */
    public record Filed(String record, String archiveCode, Instant at, BigDecimal total) {
    }

    /** The window, or a refusal naming it. */
    public InspectionWindow window(String id) {
        return windows.find(id).orElseThrow(() -> new InvalidInput(Message.of("evaluation.refused.unknown-window", id)));
    }

    /** The window's worksheet as kept now (empty when nobody scored). */
    public Worksheet load(String window) {
        String area = area(window);
        List<EvaluatorEntry> entries = new ArrayList<>();
        Map<String, Instant> submitted = new LinkedHashMap<>();
        List<String> evaluators = List.of();
        for (String name : state.list(area)) {
            Optional<Properties> note = read(area, name);
            if (note.isEmpty()) {
                continue;
            }
            Properties p = note.get();
            try {
                if (name.startsWith(ENTRY)) {
                    entries.add(new EvaluatorEntry(p.getProperty("indicator"), Verdict.parse(p.getProperty("verdict")),
                            Optional.ofNullable(p.getProperty("points")).map(BigDecimal::new), p.getProperty("comment", ""),
                            p.getProperty("author"), Instant.parse(p.getProperty("at"))));
                } else if (name.startsWith(SUBMITTED)) {
                    submitted.put(p.getProperty("author"), Instant.parse(p.getProperty("at")));
                } else if (name.equals(EVALUATORS)) {
                    evaluators = Arrays.stream(p.getProperty("names", "").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                }
            } catch (RuntimeException e) {
                throw new StoreException(Message.of("inspect.note.unreadable", Message.of("inspect.note.worksheet"), state.locate(area, name)), e);
            }
        }
        return new Worksheet(window, entries, submitted, evaluators);
    }

    /** Records the window's evaluators by name: from then on only they may score it. */
    public void setEvaluators(String window, List<String> names) {
        Properties p = new Properties();
        p.setProperty("names", String.join("\n", names));
        write(area(window), EVALUATORS, p);
    }

    /**
     * Keeps an evaluator's entry on a window after the worksheet's rules ({@link Worksheet#check}),
     * replacing their earlier one on the indicator; returns the entry as kept.
     */
    public EvaluatorEntry record(String window, EvaluatorEntry entry, Framework framework) {
        InspectionWindow w = window(window);
        EvaluatorEntry kept = load(window).check(entry, w, framework);
        Properties p = new Properties();
        p.setProperty("indicator", kept.indicator());
        p.setProperty("verdict", kept.verdict().id());
        kept.points().ifPresent(points -> p.setProperty("points", points.toPlainString()));
        p.setProperty("comment", kept.comment());
        p.setProperty("author", kept.author());
        p.setProperty("at", kept.at().toString());
        write(area(window), ENTRY + key(kept.indicator() + "\n" + kept.author()) + ".properties", p);
        return kept;
    }

    /**
     * Submits an evaluator's entries for good; returns the worksheet after it. A second submission
     * (two clicks, two replicas) is refused: the note is created once.
     */
    public Worksheet submit(String window, String author, Instant at) {
        InspectionWindow w = window(window);
        Worksheet sheet = load(window);
        sheet.checkSubmission(author, w, at);
        Properties p = new Properties();
        p.setProperty("author", author);
        p.setProperty("at", at.toString());
        if (!state.create(area(window), SUBMITTED + key(author) + ".properties", text(p))) {
            throw new InvalidInput(Message.of("evaluation.refused.submitted", author, at.toString()));
        }
        return sheet.submittedBy(author, at);
    }

    /** Notes that the window's score sheet is filed as a record. */
    public void filed(String window, Filed filed) {
        Properties p = new Properties();
        p.setProperty("record", filed.record());
        p.setProperty("archiveCode", filed.archiveCode());
        p.setProperty("at", filed.at().toString());
        p.setProperty("total", filed.total().toPlainString());
        write(area(window), FILED, p);
    }

    /** The record the window's score sheet was filed as, if it was. */
    public Optional<Filed> filed(String window) {
        return read(area(window), FILED).map(p -> new Filed(p.getProperty("record"), p.getProperty("archiveCode", ""),
                Instant.parse(p.getProperty("at")), new BigDecimal(p.getProperty("total", "0"))));
    }

    private static String area(String window) {
        return AREA + "/" + StationState.plainName(window);
    }

    private Optional<Properties> read(String area, String name) {
        return state.read(area, name).map(text -> {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw new StoreException(Message.of("inspect.note.unreadable", Message.of("inspect.note.worksheet"), state.locate(area, name)), e);
            }
            return p;
        });
    }

    private void write(String area, String name, Properties p) {
        state.write(area, name, text(p));
    }

    private static String text(Properties p) {
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Station Archives worksheet");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A note name for any indicator code or person's name: what Alfresco's node names allow, one per pair. */
    private static String key(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
