package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ssmix2FileNameTest {

    @Test
    void readsAllPartsOfADatedOrderFile() {
        Ssmix2FileName name = Ssmix2FileName.parse("9999013_20111220_OML-11_000000011000354_20111220103059000_01_1");

        assertThat(name.patientId()).isEqualTo("9999013");
        assertThat(name.date()).contains(LocalDate.of(2011, 12, 20));
        assertThat(name.dataType()).isEqualTo("OML-11");
        assertThat(name.orderNumber()).isEqualTo("000000011000354");
        assertThat(name.timestamp()).isEqualTo("20111220103059000");
        assertThat(name.department()).contains("01");
        assertThat(name.valid()).isTrue();
    }

    @Test
    void treatsDashesAsAbsentAndZeroFlagAsDeleted() {
        Ssmix2FileName name = Ssmix2FileName.parse("9999013_-_ADT-00_999999999999999_20111220224447339_-_0");

        assertThat(name.date()).isEmpty();
        assertThat(name.department()).isEmpty();
        assertThat(name.valid()).isFalse();
    }

    @Test
    void namesTheRecordWithoutTimestampAndFlagSoThatVersionsShareIt() {
        Ssmix2FileName first = Ssmix2FileName.parse("9999013_20111220_OML-11_000000011000354_20111220103059000_01_1");
        Ssmix2FileName deletion = Ssmix2FileName.parse("9999013_20111220_OML-11_000000011000354_20111221090000_01_0");

        assertThat(first.recordKey()).isEqualTo("9999013_20111220_OML-11_000000011000354_01")
                .isEqualTo(deletion.recordKey());
        assertThat(Ssmix2FileName.parse("9999013_-_ADT-00_999999999999999_20111220224447339_-_1").recordKey())
                .isEqualTo("9999013_-_ADT-00_999999999999999_-");
    }

    @Test
    void knowsTheDataTypesOfStandardizedStorage() {
        assertThat(Ssmix2FileName.parse("9999013_20111220_OMD-01_0001_20111220080000000_01_1").hasStandardDataType())
                .isTrue();
        assertThat(Ssmix2FileName.parse("9999013_20111220_ADT-01_0001_20111220080000000_01_1").hasStandardDataType())
                .as("change of attending doctor (担当医の変更)").isTrue();
        assertThat(Ssmix2FileName.parse("9999013_20111220_XYZ-99_0001_20111220080000000_01_1").hasStandardDataType())
                .isFalse();
    }

    @Test
    void writesTheNameItWasReadFrom() {
        for (String name : List.of("9999013_20111220_OML-11_000000011000354_20111220103059000_01_1",
                "9999013_-_ADT-00_999999999999999_20111220224447339_-_0")) {
            assertThat(Ssmix2FileName.parse(name).fileName()).isEqualTo(name);
        }
    }

    @Test
    void ordersVersionsByTimestampOfAnyPrecisionAndADeletionAfterAValidFileOfItsTime() {
        Ssmix2FileName morning = Ssmix2FileName.parse("9999013_20111220_OMP-01_0001_20111220090000123_01_1");
        Ssmix2FileName noonInSeconds = Ssmix2FileName.parse("9999013_20111220_OMP-01_0001_20111220120000_01_1");
        Ssmix2FileName morningDeleted = Ssmix2FileName.parse("9999013_20111220_OMP-01_0001_20111220090000123_01_0");

        assertThat(noonInSeconds.isLaterVersionThan(morning)).isTrue();
        assertThat(morning.isLaterVersionThan(noonInSeconds)).isFalse();
        assertThat(morningDeleted.isLaterVersionThan(morning)).isTrue();
        assertThat(morning.isLaterVersionThan(morningDeleted)).isFalse();
        assertThat(morning.isLaterVersionThan(morning)).isFalse();
    }

    @Test
    void rejectsANameWithoutTheValidityFlag() {
        assertThatThrownBy(() -> Ssmix2FileName.parse("9999013_-_ADT-00_999999999999999_20111220224447339_-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not an SS-MIX2 file name");
    }

    @Test
    void rejectsAnImpossibleDate() {
        assertThatThrownBy(() -> Ssmix2FileName.parse("9999013_20111340_ADT-22_999999999999999_20111220224447339_01_1"))
                .hasMessageContaining("Bad date '20111340'");
    }
}
