package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class InfusionRateTest {

    @Test
    void millilitresPerHourInAnySpellingAreUcum() {
        for (String text : new String[] {"102ml/hr", "102 mL/h", "102ｍＬ／時", "102ml/時間"}) {
            Quantity rate = InfusionRate.parse(text).orElseThrow();
            assertThat(rate.getValue()).as(text).isEqualByComparingTo("102");
            assertThat(rate.getSystem()).as(text).isEqualTo("http://unitsofmeasure.org");
            assertThat(rate.getCode()).as(text).isEqualTo("mL/h");
        }
    }

    @Test
    void otherUnitsKeepTheirTextWithoutCode() {
        Quantity drops = InfusionRate.parse("20滴/分").orElseThrow();
        assertThat(drops.getValue()).isEqualByComparingTo("20");
        assertThat(drops.getUnit()).isEqualTo("滴/分");
        assertThat(drops.hasCode()).isFalse();
    }

    @Test
    void textWithoutANumberIsNoRate() {
        assertThat(InfusionRate.parse("全開")).isEmpty();
    }
}
