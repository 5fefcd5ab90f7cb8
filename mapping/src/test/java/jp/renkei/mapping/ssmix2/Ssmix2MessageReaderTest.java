package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.hl7v2.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Ssmix2MessageReaderTest {

    private static final String FILE = "9999013_-_ADT-00_999999999999999_20111220224447339_-_1";
    private final Ssmix2MessageReader reader = Ssmix2MessageReader.standard();

    @Test
    void readsEverySampleMessageAsHl7v25() {
        var files = new Ssmix2Storage(Fixtures.storage()).files();
        assertThat(files).hasSize(9);
        for (Ssmix2File file : files) {
            Ssmix2Message message = reader.read(file);
            assertThat(message.message().getVersion()).as(file.fileName()).isEqualTo("2.5");
            assertThat(message.segments().get(0).name()).isEqualTo("MSH");
            assertThat(message.required("PID").text(5, 0, 1)).as(file.fileName()).isNotEmpty();
        }
    }

    @Test
    void decodesKanjiAndKanaOfTheSample() {
        V2Segment pid = reader.read(Fixtures.sample("ADT-00")).required("PID");
        assertThat(pid.text(5, 0, 1)).isEqualTo("患者");
        assertThat(pid.text(5, 1, 2)).isEqualTo("タロウ");
        assertThat(pid.text(11, 0, 8)).isEqualTo("静岡県静岡市登呂１−３−５");
    }

    @Test
    void acceptsCrLfAndLfBetweenSegments() throws Exception {
        Ssmix2File sample = Fixtures.sample("ADT-00");
        String text = new String(sample.content(), Fixtures.ISO_2022_JP);
        Message cr = reader.parse(FILE, sample.content());
        for (String separator : new String[] {"\r\n", "\n"}) {
            byte[] bytes = (text.replace("\r", separator) + separator).getBytes(Fixtures.ISO_2022_JP);
            assertThat(reader.parse(FILE, bytes).encode()).isEqualTo(cr.encode());
        }
    }

    @Test
    void acceptsHalfWidthKana() {
        // ﾞ is byte 0x5E in JIS X 0201 kana, '^' in ASCII: decoding before parsing keeps it out of the delimiters.
        byte[] bytes = ascii("MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1||\u001b(I6]<^,\u001b(B^^^^^L^P");
        Message message = reader.parse(FILE, bytes);
        assertThat(new Ssmix2Message(Fixtures.written(FILE), message).required("PID").text(5, 0, 1))
                .isEqualTo("ｶﾝｼﾞｬ");
    }

    @Test
    void noMshSegmentIsReported() {
        byte[] bytes = ascii("PID|1||9999013||Test^Taro");
        assertThatThrownBy(() -> reader.parse(FILE, bytes))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(FILE);
                    assertThat(e.segment()).isEqualTo("MSH");
                    assertThat(e.reason()).contains("no MSH segment").contains("'PID'");
                });
    }

    @Test
    void wrongEncodingCharactersAreReported() {
        byte[] bytes = ascii("MSH|^~\\#|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1");
        assertThatThrownBy(() -> reader.parse(FILE, bytes))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.field()).isEqualTo("MSH-2");
                    assertThat(e.reason()).contains("but are '|^~\\#'");
                });
    }

    @Test
    void brokenEscapeSequenceIsReportedWithSegmentAndField() {
        byte[] sample = Fixtures.sample("ADT-00").content();
        // The first kanji of the file is PID-5 (患者): turn its ESC $ B into the unknown ESC $ Z.
        byte[] broken = Arrays.copyOf(sample, sample.length);
        int escape = indexOf(broken, new byte[] {0x1b, '$', 'B'});
        broken[escape + 2] = 'Z';
        assertThatThrownBy(() -> reader.parse(FILE, broken))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.segment()).isEqualTo("PID");
                    assertThat(e.field()).isEqualTo("PID-5");
                    assertThat(e.reason()).contains("ISO-2022-JP").contains("byte offset " + escape);
                    assertThat(e.getMessage()).startsWith(FILE + ", segment PID, field PID-5: ");
                });
    }

    @Test
    void eightBitBytesAreNotIso2022Jp() {
        byte[] shiftJis = "MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1||患者"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertThatThrownBy(() -> reader.parse(FILE, shiftJis))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.field()).isEqualTo("PID-5"));
    }

    @Test
    void vendorCharactersNeedTheWindowsVariant() {
        // NEC row 13, ① (0x2D21): not JIS X 0208, written by Windows EHRs.
        byte[] bytes = ascii("MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1||\u001b$B-!\u001b(B");
        assertThatThrownBy(() -> reader.parse(FILE, bytes))
                .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.reason()).contains("unmappable"));
        Message message = Ssmix2MessageReader.withVendorCharacters().parse(FILE, bytes);
        assertThat(new Ssmix2Message(Fixtures.written(FILE), message).required("PID").text(5)).isEqualTo("①");
    }

    @Test
    void theVendorReaderReadsIbmExtensionsAndKeepsTheJisCodePointsOfStandardCharacters() {
        // 髙 (NEC-selected IBM extension 0x7C62) 橋, then 〜 (0x2141) and − (0x215D), which Windows maps elsewhere.
        byte[] bytes = ascii("MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1||"
                + "\u001b$B|b66\u001b(B^\u001b$B!A!]\u001b(B");
        Message message = Ssmix2MessageReader.withVendorCharacters().parse(FILE, bytes);
        V2Segment pid = new Ssmix2Message(Fixtures.written(FILE), message).required("PID");
        assertThat(pid.text(5, 1)).isEqualTo("髙橋");
        assertThat(pid.text(5, 2)).isEqualTo("\u301C\u2212");
    }

    @Test
    void aStandardFileReadsTheSameWithTheVendorReader() throws Exception {
        byte[] sample = Fixtures.sample("ADT-00").content();
        assertThat(Ssmix2MessageReader.withVendorCharacters().parse(FILE, sample).encode())
                .isEqualTo(reader.parse(FILE, sample).encode());
    }

    @Test
    void theVendorReaderStillRefusesWhatNoIso2022JpReads() {
        byte[] shiftJis = "MSH|^~\\&|HIS|SEND|GW|RCV|20111220||ADT^A08^ADT_A01|1|P|2.5\rPID|1||1||患者"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertThatThrownBy(() -> Ssmix2MessageReader.withVendorCharacters().parse(FILE, shiftJis))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.field()).isEqualTo("PID-5");
                    assertThat(e.reason()).startsWith("not valid ISO-2022-JP, even with Windows vendor characters");
                });
    }

    @Test
    void unparseableMessageIsReported() {
        byte[] bytes = ascii("MSH|^~\\&|HIS|SEND|GW|RCV|20111220||||P|2.5\rPID|1||1");
        assertThatThrownBy(() -> reader.parse(FILE, bytes))
                .isInstanceOfSatisfying(MappingException.class, e -> {
                    assertThat(e.fileName()).isEqualTo(FILE);
                    assertThat(e.reason()).startsWith("HL7 v2.5 parser: ");
                });
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
