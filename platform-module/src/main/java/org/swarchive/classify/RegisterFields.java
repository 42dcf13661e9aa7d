package org.swarchive.classify;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;

/**
 * The register fields of docs/domain.md §3 where a document states them: employment dates on a staff
 * profile, opening and closing dates on a case intake, hours on a training record, and the
 * document date (成文日期) on any document. A field is read only after its label, never guessed.
 */
public final class RegisterFields {

    /** A field, the doc type it belongs on (null: any), and the labels that introduce it. */
    private record Field(RecordProperty property, String docType, Pattern label, boolean number) {
    }

    private static final List<Field> FIELDS = List.of(
            date(RecordProperty.EMPLOYED_FROM, "staff-profile", "入职日期|入职时间|聘用日期|employed from|start date"),
            date(RecordProperty.EMPLOYED_UNTIL, "staff-profile", "离职日期|离职时间|employed until|end date"),
            date(RecordProperty.CASE_OPENED, "case-intake", "接案日期|开案日期|接案时间|case opened|opened on"),
            date(RecordProperty.CASE_CLOSED, "case-intake", "结案日期|结案时间|case closed|closed on"),
            new Field(RecordProperty.HOURS, "training-record",
                    label("培训学时|学时数|学时|培训时长|training hours|hours"), true),
            date(RecordProperty.DOCUMENT_DATE, null, "成文日期|报告日期|填表日期|签订日期|落款日期|日期|document date|date"));

    private static final Pattern NUMBER = Pattern.compile("\\s*[:：]?\\s*(\\d{1,4}(?:\\.\\d{1,2})?)\\s*(?:学时|小时|课时|h\\b|hours?)?");

    private final PeriodFinder periods;

    public RegisterFields(PeriodFinder periods) {
        this.periods = periods;
    }

    private static Field date(RecordProperty p, String docType, String labels) {
        return new Field(p, docType, label(labels), false);
    }

    private static Pattern label(String labels) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + labels + ")(?![\\p{L}])");
    }

    /** The fields the text states for a document of this type, property key to value. */
    public Map<String, String> read(String docType, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : FIELDS) {
            if (f.docType != null && !f.docType.equals(docType)) {
                continue;
            }
            valueOf(f, text).ifPresent(v -> values.putIfAbsent(f.property.key(), v));
        }
        return values;
    }

    private Optional<String> valueOf(Field f, String text) {
        Matcher m = f.label.matcher(text);
        while (m.find()) {
            // The value follows its label on the same line, as in a form: “入职日期：2019年3月1日”.
            int lineEnd = text.indexOf('\n', m.end());
            String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            if (rest.length() > 60) {
                rest = rest.substring(0, 60);
            }
            if (f.number) {
                Matcher n = NUMBER.matcher(rest);
                if (n.lookingAt()) {
                    return Optional.of(new BigDecimal(n.group(1)).stripTrailingZeros().toPlainString());
                }
            } else {
                Optional<String> date = periods.find(rest).stream()
                        .filter(p -> p.kind() == Period.Kind.DAY && p.start() < 12)
                        .map(p -> p.period().start().toString()).findFirst();
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
