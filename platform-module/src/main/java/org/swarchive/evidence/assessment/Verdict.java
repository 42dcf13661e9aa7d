package org.swarchive.evidence.assessment;

import java.util.Arrays;
import java.util.Locale;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** An evaluator's verdict on a leaf indicator: 达标, 部分达标, 未达标, 不适用. */
public enum Verdict implements Wording {
    MET, PARTLY, NOT_MET, NA;

    /** The value scripts and forms use: {@code met}, {@code partly}, {@code not-met}, {@code na}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict a script or a form names; anything else is refused, naming the values allowed. */
    public static Verdict parse(String value) {
        return Arrays.stream(values()).filter(v -> v.id().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInput(Message.of("evaluation.refused.bad-verdict", String.valueOf(value))));
    }

    @Override
    public String wording() {
        return "evaluation.verdict";
    }
}
