package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.renkei.server.security.SmartScope.Interaction;
import org.junit.jupiter.api.Test;

class SmartScopesTest {

    @Test
    void v2ScopesAllowTheirInteractionsOnTheirTypes() {
        SmartScopes scopes = SmartScopes.parse("system/*.rs system/Task.u launch");

        assertThat(scopes.allows("Patient", Interaction.READ)).isTrue();
        assertThat(scopes.allows("Patient", Interaction.SEARCH)).isTrue();
        assertThat(scopes.allows("Patient", Interaction.CREATE)).isFalse();
        assertThat(scopes.allows("Task", Interaction.UPDATE)).isTrue();
        assertThat(scopes.allows("Communication", Interaction.UPDATE)).isFalse();
        assertThat(scopes.granted()).hasSize(2);
    }

    @Test
    void onlySystemScopesOpenAnything() {
        assertThat(SmartScopes.parse("patient/*.cruds user/Patient.rs").allows("Patient", Interaction.READ)).isFalse();
    }

    @Test
    void v1SuffixesReadAsTheirV2Equivalents() {
        assertThat(SmartScope.parse("system/Patient.read").orElseThrow()).hasToString("system/Patient.rs");
        assertThat(SmartScope.parse("system/*.write").orElseThrow()).hasToString("system/*.cud");
        assertThat(SmartScope.parse("system/*.*").orElseThrow()).hasToString("system/*.cruds");
    }

    @Test
    void notAScopeIsNoScope() {
        assertThat(SmartScope.parse("system/Patient.")).isEmpty();
        assertThat(SmartScope.parse("system/Patient.rs?category=x")).isEmpty();
        assertThat(SmartScope.parse("system/Patient.sr")).as("v2 letters come in cruds order").isEmpty();
        assertThat(SmartScope.parse("openid")).isEmpty();
    }

    @Test
    void aRequestIsCoveredByTheRegisteredScopesTogether() {
        SmartScopes registered = SmartScopes.parse("system/*.rs system/Task.u");

        assertThat(registered.covers(SmartScope.parse("system/Task.rus").orElseThrow())).isTrue();
        assertThat(registered.covers(SmartScope.parse("system/Patient.r").orElseThrow())).isTrue();
        assertThat(registered.covers(SmartScope.parse("system/*.u").orElseThrow())).isFalse();
        assertThat(registered.covers(SmartScope.parse("system/Patient.c").orElseThrow())).isFalse();
        assertThat(registered.covers(SmartScope.parse("patient/Patient.r").orElseThrow())).isFalse();
    }
}
