package org.swarchive.classify;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.filing.FilingOutcome;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * A document handed in for one missing slot (a gap's row on the station page): filed at once as
 * the slot asks — its type, period and subject — through the one filing transaction
 * ({@link ArchiveFiler#receive}: the lock, the journal, the numbering, the content-hash check, the
 * same metadata as {@code swa file}). Tika still reads it, and what it says that contradicts the
 * slot (another type, another period or year, another subject) is answered first and filed only
 * once the person confirms. A document that cannot be read is not filed and nothing changes.
 */
public final class SlotFiling {

    /**
     * The slot a document is handed in for: the doc types it accepts (the first is the one it is
     * filed as unless the document reads as another of them), its period (empty for standing
     * evidence), its subject (empty when not per subject), and the indicator it counts for.
     */
    public record Slot(String indicator, List<String> docTypes, Optional<Period> period, Optional<String> subject) {
        public Slot {
            Objects.requireNonNull(indicator, "indicator");
            docTypes = List.copyOf(docTypes);
            if (docTypes.isEmpty()) {
                throw new IllegalArgumentException("a slot names at least one doc type");
            }
        }
    }

    /** What became of the document. */
    public sealed interface Outcome permits Filed, Contradicts, Unreadable, Duplicate, Gone {
    }

    /** Filed under {@code code}, now at {@code filedAs}, as {@code docType}. */
    public record Filed(String code, String filedAs, String docType) implements Outcome {
    }

    /** Not filed: what the document says against the slot; filed only when confirmed. */
    public record Contradicts(List<Text> contradictions) implements Outcome {
        public Contradicts {
            contradictions = List.copyOf(contradictions);
        }
    }

    /** Not filed, nothing changed: the document could not be read, and why. */
    public record Unreadable(Text reason) implements Outcome {
    }

    /** Not filed: the same content is a record already, {@code filedAs} (its 档号 and place). */
    public record Duplicate(String filedAs) implements Outcome {
    }

    /** Not filed: another filer took it meanwhile. */
    public record Gone() implements Outcome {
    }

    private final ArchiveFiler filer;
    private final DocumentExtractor extractor;
    private final Classifier classifier;
    private final DocTypeCatalogue catalogue;
    private final Clock clock;
    private final InboxFiling requests;

    public SlotFiling(ArchiveFiler filer, DocumentExtractor extractor, Classifier classifier, DocTypeCatalogue catalogue, String fonds,
                      Clock clock) {
        this.filer = filer;
        this.extractor = extractor;
        this.classifier = classifier;
        this.catalogue = catalogue;
        this.clock = clock;
        this.requests = new InboxFiling(filer, extractor, classifier, catalogue, fonds, clock);
    }

    /**
     * Reads the document, compares it with the slot, and files it unless it contradicts the slot
     * and {@code confirmed} is false. {@code by} is who handed it in, written on the record.
     */
    public Outcome file(Path content, String name, Slot slot, boolean confirmed, String by) {
        // A copy of a record is said first: it fills no slot, whatever it reads as.
        Optional<String> filed = filer.filedAs(content);
        if (filed.isPresent()) {
            return new Duplicate(filed.get());
        }
        ExtractResult read = extractor.extract(content, name);
        if (read instanceof ExtractResult.Failed f) {
            return new Unreadable(f.reason());
        }
        Extraction doc = ((ExtractResult.Read) read).extraction();
        List<DocType> accepted = slot.docTypes().stream()
                .map(id -> catalogue.find(id).orElseThrow(() -> new InvalidInput(Message.of("classify.accept.unknown-doc-type", id))))
                .toList();
        List<Text> contradictions = new ArrayList<>();
        DocType type = accepted.get(0);
        List<Candidate> candidates = classifier.candidates(doc);
        Optional<Candidate> asSlot = candidates.stream().filter(c -> accepted.contains(c.docType())).findFirst();
        if (asSlot.isPresent()) {
            type = asSlot.get().docType();
        } else if (!candidates.isEmpty()) {
            DocType other = candidates.get(0).docType();
            contradictions.add(Message.of("classify.slot.other-type", other.label(), other.id(), type.label(), type.id()));
        }
        DocType filedAs = type;
        Classifier.Draft draft = classifier.draft(doc, filedAs);
        slot.period().ifPresent(p -> {
            draft.period().filter(q -> !q.equals(p)).ifPresent(q -> contradictions.add(Message.of("classify.slot.other-period", q.label(),
                    p.label())));
            if (draft.period().isEmpty()) {
                draft.documentDate().filter(d -> d.getYear() != p.start().getYear() && d.getYear() != p.end().getYear())
                        .ifPresent(d -> contradictions.add(Message.of("classify.slot.other-year", d, p.label())));
            }
        });
        slot.subject().ifPresent(s -> draft.subject().filter(t -> !t.equals(s))
                .ifPresent(t -> contradictions.add(Message.of("classify.slot.other-subject", t, s))));
        if (!contradictions.isEmpty() && !confirmed) {
            return new Contradicts(contradictions);
        }
        List<Text> why = new ArrayList<>(draft.reasons());
        why.add(Message.of("classify.slot.handed-in", slot.indicator()));
        Optional<Period> period = slot.period().or(() -> filedAs.filing().coversPeriod() ? draft.period() : Optional.empty());
        Optional<LocalDate> date = draft.documentDate();
        if (period.isEmpty() && date.isEmpty()) {
            // Standing evidence that states no date: it stands from the day it is handed in, and says so.
            date = Optional.of(LocalDate.now(clock));
            why.add(Message.of("classify.slot.no-date", date.get()));
        }
        FilingDecision d = new FilingDecision(filedAs, period, date, slot.subject().or(draft::subject), draft.fields(), 1.0, why,
                draft.sensitiveMarkers());
        // Nothing hidden: who handed it in for which slot, and what they confirmed against the document, is on the record.
        StringBuilder note = new StringBuilder("站点页面补交 / handed in on the station page: " + by + ", " + slot.indicator()
                + slot.period().map(p -> " " + p.label()).orElse("") + slot.subject().map(s -> " " + s).orElse(""));
        if (!contradictions.isEmpty()) {
            note.append("; 确认 / confirmed: ").append(Text.join(Message.of("common.list.semicolon"), contradictions).in(org.swarchive.i18n.Language.ZH));
        }
        FilingOutcome outcome = filer.receive(name, content, requests.request(d, doc, name, Optional.of(note.toString())));
        if (outcome instanceof FilingOutcome.Filed f) {
            return new Filed(f.code().toString(), f.id(), filedAs.id());
        }
        if (outcome instanceof FilingOutcome.Duplicate dup) {
            return new Duplicate(dup.filedAs());
        }
        return new Gone();
    }
}
