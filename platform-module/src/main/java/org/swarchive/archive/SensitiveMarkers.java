package org.swarchive.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * The markers of sensitive personal information in a document's text (《个人信息保护法》第二十八条,
 * docs/domain.md §6.3): an ID-card number, a child under fourteen, health, diagnosis, disability,
 * religion. Each marker is a pure function of the text and the document's date; they compose with
 * {@link Marker#or}, and {@link #PIPL_28} is the set filing applies. A reason names what was seen,
 * never the value itself (an ID number is not copied into a note or a log).
 */
public final class SensitiveMarkers {

    /** What a marker looks at: the text and the day the document speaks of (ages are counted on it). */
    public record Document(String text, LocalDate onDate) {
        public Document {
            text = text == null ? "" : text;
            java.util.Objects.requireNonNull(onDate, "onDate");
        }
    }

    /** One marker: the reasons it finds in a document (none when the text does not show it). */
    @FunctionalInterface
    public interface Marker {
        List<Text> find(Document doc);

        /** This marker's reasons, then the other's. */
        default Marker or(Marker other) {
            return doc -> java.util.stream.Stream.concat(find(doc).stream(), other.find(doc).stream()).toList();
        }
    }

    /** A resident ID number (GB 11643-1999): 17 digits and a check character, not part of a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{16}[0-9Xx])(?![0-9A-Za-z])");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** A stated birth date: 出生日期：2016年3月2日, 出生年月 2016-03, 生日 2016.3.2, date of birth 2016-03-02. */
    private static final Pattern BIRTH = Pattern.compile(
            "(出生日期|出生年月日?|出生于?|生日|(?i:date of birth|birth ?date|born(?: on)?|dob))\\s*[:：]?\\s*"
                    + "((?:19|20)[0-9]{2})\\s*[年./-]\\s*([0-9]{1,2})(?:\\s*[月./-]\\s*([0-9]{1,2})\\s*日?)?");
    /** A stated age: 年龄：9岁, 9周岁, age: 9. */
    private static final Pattern AGE = Pattern.compile(
            "(?:年龄\\s*[:：]?\\s*([0-9]{1,3})\\s*(?:周?岁)?)|(?<![0-9])([0-9]{1,2})\\s*周?岁(?:的)?(?:儿童|孩子|男孩|女孩|未成年人|学生)"
                    + "|(?i:\\bage[d]?\\s*[:：]?\\s*([0-9]{1,3})\\b)");
    /**
     * Health, diagnosis, disability. Bare 精神 is left out on purpose: official texts say 会议精神
     * (the spirit of a meeting) everywhere; its medical uses are listed instead.
     */
    private static final Pattern HEALTH = Pattern.compile(
            "诊断|确诊|病史|病历|既往史|过敏史|残疾|残障|精神(?:疾病|障碍|病|残疾|科|分裂|状态|卫生)|抑郁|焦虑症|自闭症|孤独症|用药|服药"
                    + "|住院|慢性病|传染病|艾滋|(?i:\\bHIV\\b|diagnos[ei]s|diagnosed|medical history|disabilit(?:y|ies)|disabled"
                    + "|depression|medication|psychiatric)");
    /** Religious belief. */
    private static final Pattern RELIGION = Pattern.compile("宗教信仰|信仰宗教|(?i:religious belief)");

    private static final int CHILD_AGE = 14;

    private SensitiveMarkers() {
    }

    /** An 18-digit ID number whose check character is right (a random 18-digit number mostly is not). */
    public static final Marker ID_CARD = doc -> {
        Matcher m = ID_NUMBER.matcher(doc.text());
        while (m.find()) {
            if (validIdNumber(m.group(1))) {
                return List.of(Message.of("archive.marker.id-card"));
            }
        }
        return List.of();
    };

    /**
     * A child under fourteen on the document's date: a stated birth date, the birth date inside a
     * valid ID number, or a stated age.
     */
    public static final Marker CHILD = doc -> {
        Matcher birth = BIRTH.matcher(doc.text());
        while (birth.find()) {
            Optional<LocalDate> born = date(birth.group(2), birth.group(3), birth.group(4));
            if (born.isPresent() && isChild(born.get(), doc.onDate())) {
                return List.of(Message.of("archive.marker.child", CHILD_AGE));
            }
        }
        Matcher id = ID_NUMBER.matcher(doc.text());
        while (id.find()) {
            String n = id.group(1);
            if (validIdNumber(n)) {
                Optional<LocalDate> born = date(n.substring(6, 10), n.substring(10, 12), n.substring(12, 14));
                if (born.isPresent() && isChild(born.get(), doc.onDate())) {
                    return List.of(Message.of("archive.marker.child", CHILD_AGE));
                }
            }
        }
        Matcher age = AGE.matcher(doc.text());
        while (age.find()) {
            String years = age.group(1) != null ? age.group(1) : age.group(2) != null ? age.group(2) : age.group(3);
            if (Integer.parseInt(years) < CHILD_AGE) {
                return List.of(Message.of("archive.marker.child", CHILD_AGE));
            }
        }
        return List.of();
    };

    /** Words of health, diagnosis or disability; the reason quotes the first word found. */
    public static final Marker HEALTH_WORDS = words(HEALTH, "archive.marker.health");

    /** Words of religious belief. */
    public static final Marker RELIGION_WORDS = words(RELIGION, "archive.marker.religion");

    /** The markers filing applies. */
    public static final Marker PIPL_28 = ID_CARD.or(CHILD).or(HEALTH_WORDS).or(RELIGION_WORDS);

    /** A word marker: the first word of the pattern found, quoted in the reason (a word is no personal data). */
    public static Marker words(Pattern pattern, String key) {
        return doc -> {
            Matcher m = pattern.matcher(doc.text());
            return m.find() ? List.of(Message.of(key, m.group())) : List.of();
        };
    }

    /** GB 11643-1999: the weighted sum of the 17 digits mod 11 picks the check character; the birth date must exist. */
    public static boolean validIdNumber(String number) {
        if (number == null || !number.matches("[1-9][0-9]{16}[0-9Xx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(number.charAt(17)) == ID_CHECK.charAt(sum % 11)
                && date(number.substring(6, 10), number.substring(10, 12), number.substring(12, 14)).isPresent();
    }

    /** Born less than fourteen years before the date, and not after it. */
    static boolean isChild(LocalDate born, LocalDate on) {
        return !born.isAfter(on) && java.time.Period.between(born, on).getYears() < CHILD_AGE;
    }

    /** A date from its parts; a month alone stands for its last day, the youngest the person can be. */
    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            int mo = Integer.parseInt(month);
            if (day == null) {
                return Optional.of(LocalDate.of(y, mo, 1).withDayOfMonth(LocalDate.of(y, mo, 1).lengthOfMonth()));
            }
            return Optional.of(LocalDate.of(y, mo, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
