package org.swarchive.archive.disposition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * How long each doc type is kept: the national default (the catalogue's periods, never below the
 * legal minimums of {@link NationalSchedule}) with a station's own rules laid over it.
 */
public final class RetentionSchedule {

    public static final String NATIONAL = "national-default";

    private static final Message CATALOGUE_SOURCE = Message.of("archive-disposition.source.national-default");

    private final String name;
    private final DocTypeCatalogue catalogue;
    private final Map<String, ScheduleRule> stationRules;

    private RetentionSchedule(String name, DocTypeCatalogue catalogue, Map<String, ScheduleRule> stationRules) {
        this.name = name;
        this.catalogue = catalogue;
        this.stationRules = Map.copyOf(stationRules);
    }

    public static RetentionSchedule national(DocTypeCatalogue catalogue) {
        return new RetentionSchedule(NATIONAL, catalogue, Map.of());
    }

    /** This schedule with a station's rules; each was checked against the legal minimum when it was made. */
    public RetentionSchedule withStationRules(String scheduleName, Collection<ScheduleRule> rules) {
        Map<String, ScheduleRule> merged = new LinkedHashMap<>(stationRules);
        rules.forEach(r -> merged.put(r.docType(), r));
        return new RetentionSchedule(scheduleName, catalogue, merged);
    }

    public String name() {
        return name;
    }

    public DocTypeCatalogue catalogue() {
        return catalogue;
    }

    /** The rule for a doc type: the station's, else the national default; empty for an unknown type. */
    public Optional<ScheduleRule> rule(String docType) {
        ScheduleRule own = stationRules.get(docType);
        if (own != null) {
            return Optional.of(own);
        }
        return catalogue.find(docType).map(this::nationalRule);
    }

    /**
     * A catalogue that sets a period below the law (a station catalogue may) still gets the legal
     * minimum: the law wins over data.
     */
    private ScheduleRule nationalRule(DocType type) {
        Optional<LegalMinimum> min = NationalSchedule.minimum(type.id());
        var retention = min.filter(m -> RetentionOrder.shortening(type.retention(), m).isPresent())
                .map(LegalMinimum::retention).orElse(type.retention());
        Text source = min.map(LegalMinimum::basis).orElse(CATALOGUE_SOURCE);
        return new ScheduleRule(type.id(), retention, min, NationalSchedule.event(type.id()), false, source);
    }

    /** Why a station may not give {@code docType} this retention, or empty when it may. */
    public static Optional<Text> refusal(String docType, org.swarchive.archive.Retention proposed) {
        return NationalSchedule.minimum(docType).flatMap(m -> RetentionOrder.shortening(proposed, m));
    }
}
