package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hl7.fhir.r4.model.Quantity.QuantityComparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResultNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "4.9;;4.9", "' 4.9 ';;4.9", "+4.9;;4.9", "-1.1;;-1.1", ".5;;0.5", "1,200;;1200", "12,345.6;;12345.6",
        "４．９;;4.9", "１，２００;;1200", "−3;;-3", "<0.02;<;0.02", "< 0.02;<;0.02", "＜0.02;<;0.02", "<=5;<=;5",
        "≦5;<=;5", ">1000;>;1000", ">=100;>=;100", "≧100;>=;100"})
    void readsNumbersAsLaboratorySystemsWriteThem(String text, String comparator, String value) {
        ResultNumber number = ResultNumber.parse(text).orElseThrow();
        assertThat(number.value()).isEqualByComparingTo(value);
        assertThat(number.comparator()).isEqualTo(Optional.ofNullable(comparator).map(QuantityComparator::fromCode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "(-)", "陰性", "4.9H", "1+", "1,20", "12,3456", "<", "1.2.3", "<>5", "=5", "1e3"})
    void anythingElseIsNotANumber(String text) {
        assertThat(ResultNumber.parse(text)).isEmpty();
    }
}
