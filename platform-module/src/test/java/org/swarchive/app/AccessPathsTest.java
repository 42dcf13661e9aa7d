package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Role;
import org.swarchive.archive.Confidentiality;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;

/** The CLI's access requests give the access policy's answer, for every role and confidentiality. */
class AccessPathsTest {

    @Test
    void should_refuse_a_request_exactly_when_the_policy_says_the_role_never_reads_the_record() {
        for (Role role : Role.values()) {
            for (Confidentiality c : Confidentiality.values()) {
                if (AccessPolicy.neverReads(role, c)) {
                    assertThatThrownBy(() -> AccessCommand.refuseUnlessAllowed("服务档案/个案.docx", role, c.id())).as("%s × %s", role, c)
                            .isInstanceOfSatisfying(InvalidInput.class, e -> {
                                assertThat(e.in(Language.ZH)).isEqualTo("“服务档案/个案.docx”含敏感个人信息，不向评估方提供");
                                assertThat(e.in(Language.EN)).isEqualTo(
                                        "'服务档案/个案.docx' holds sensitive personal information, which is never given to evaluators");
                            });
                } else {
                    assertThatCode(() -> AccessCommand.refuseUnlessAllowed("r", role, c.id())).as("%s × %s", role, c).doesNotThrowAnyException();
                }
            }
            // A value outside the list counts as sensitive; an unmarked record does not.
            assertThat(catches(role, "top-secret")).isEqualTo(role == Role.EVALUATOR);
            assertThat(catches(role, null)).isFalse();
        }
    }

    private static boolean catches(Role role, String confidentiality) {
        try {
            AccessCommand.refuseUnlessAllowed("r", role, confidentiality);
            return false;
        } catch (InvalidInput refused) {
            return true;
        }
    }
}
