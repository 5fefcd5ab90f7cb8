package jp.renkei.mapping.ssmix2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.Location;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * Turns the bytes of an SS-MIX2 file into a HAPI HL7 v2.5 {@link Message}.
 *
 * <p>The bytes are decoded before parsing, not after: in ISO-2022-JP the second byte of a kanji can be {@code |},
 * {@code ^} or {@code \}, which the HL7 parser would take for delimiters. The standard declares JIS X 0208 only
 * (MSH-18 {@code ISO IR87}); Java's ISO-2022-JP also accepts JIS X 0201 half-width kana ({@code ESC ( I}), which some
 * EHRs emit. Vendor characters break the standard but are common in real storage, written by Windows EHRs: NEC row 13
 * (①, ㈱) and the NEC-selected IBM extensions (髙 as in 髙橋, 﨑). {@link #withVendorCharacters()} reads a file that
 * standard ISO-2022-JP cannot with {@code x-windows-iso2022jp}, and gives the six JIS characters that decoder maps to
 * other code points (〜 − ‖ ¢ £ ¬ as ～ － ∥ ￠ ￡ ￢) their JIS code points back, so that a character reads the same
 * whichever decoder read its file.
 *
 * <p>HAPI's validation is off: real hospital data has over-long fields, local codes and timestamps HAPI's rules
 * reject, and the mappers check what they need themselves.
 */
public final class Ssmix2MessageReader {

    /** The encoding characters SS-MIX2 prescribes (MSH-1 and MSH-2). */
    private static final String ENCODING_CHARACTERS = "|^~\\&";

    private static final Charset STANDARD = Charset.forName("ISO-2022-JP");
    private static final Charset WINDOWS = Charset.forName("x-windows-iso2022jp");
    /** The JIS X 0208 characters x-windows-iso2022jp decodes to Windows code points, back to the standard's. */
    private static final Map<Character, Character> JIS_CODE_POINTS = Map.of(
            '\uFF5E', '\u301C', '\uFF0D', '\u2212', '\u2225', '\u2016',
            '\uFFE0', '\u00A2', '\uFFE1', '\u00A3', '\uFFE2', '\u00AC');

    private final boolean vendorCharacters;
    private final PipeParser parser;

    private Ssmix2MessageReader(boolean vendorCharacters) {
        this.vendorCharacters = vendorCharacters;
        HapiContext context = new DefaultHapiContext(ValidationContextFactory.noValidation());
        context.getParserConfiguration().setValidating(false);
        this.parser = context.getPipeParser();
    }

    /** Strict ISO-2022-JP, as the standard prescribes. */
    public static Ssmix2MessageReader standard() {
        return new Ssmix2MessageReader(false);
    }

    /** Standard ISO-2022-JP, and Windows vendor characters (NEC and IBM extensions) in a file that has them. */
    public static Ssmix2MessageReader withVendorCharacters() {
        return new Ssmix2MessageReader(true);
    }

    public Ssmix2Message read(Ssmix2File file) {
        return new Ssmix2Message(file, parse(file.fileName(), file.content()));
    }

    /** Decodes and parses; throws {@link MappingException} naming the file, segment and field at fault. */
    public Message parse(String fileName, byte[] content) {
        String text = segmentsEndedByCr(decode(fileName, content));
        if (!text.startsWith("MSH")) {
            String first = text.isEmpty() ? "nothing" : "'" + text.substring(0, Math.min(3, text.length())) + "'";
            throw new MappingException(fileName, "MSH", "", "no MSH segment: the message starts with " + first);
        }
        if (!text.startsWith("MSH" + ENCODING_CHARACTERS)) {
            String found = text.substring(3, Math.min(8, text.length()));
            throw new MappingException(fileName, "MSH", "MSH-2", "encoding characters must be '" + ENCODING_CHARACTERS
                    + "' (MSH-1 and MSH-2) but are '" + found + "'");
        }
        try {
            return parser.parse(text);
        } catch (HL7Exception e) {
            Location location = e.getLocation();
            boolean known = location != null && !location.isUnknown() && location.getSegmentName() != null;
            String segment = known ? location.getSegmentName() : "";
            String field = known && location.getField() > 0 ? segment + "-" + location.getField() : "";
            throw new MappingException(fileName, segment, field, "HL7 v2.5 parser: " + e.getMessage(), e);
        }
    }

    private String decode(String fileName, byte[] content) {
        try {
            return decode(fileName, content, STANDARD);
        } catch (MappingException notStandard) {
            if (!vendorCharacters) {
                throw notStandard;
            }
            String text = decode(fileName, content, WINDOWS);
            StringBuilder jis = new StringBuilder(text.length());
            text.chars().forEach(c -> jis.append(JIS_CODE_POINTS.getOrDefault((char) c, (char) c)));
            return jis.toString();
        }
    }

    private String decode(String fileName, byte[] content, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw decodingError(fileName, out.flip().toString(), in.position(), result, charset);
        }
        return out.flip().toString();
    }

    /** Locates the bad bytes by the text decoded before them: the segment is the current line, the field the pipes. */
    private static MappingException decodingError(String fileName, String decoded, int offset, CoderResult result,
            Charset charset) {
        int lineStart = Math.max(decoded.lastIndexOf('\r'), decoded.lastIndexOf('\n')) + 1;
        String line = decoded.substring(lineStart);
        String segment = line.length() >= 3 ? line.substring(0, 3) : "";
        long pipes = line.chars().filter(c -> c == '|').count();
        // MSH-1 is the field separator itself, so MSH fields are one ahead of the pipes counted.
        long fieldNumber = segment.equals("MSH") ? pipes + 1 : pipes;
        String field = segment.isEmpty() || pipes == 0 ? "" : segment + "-" + fieldNumber;
        String kind = result.isMalformed() ? "malformed" : "unmappable";
        String encoding = charset.equals(WINDOWS) ? "ISO-2022-JP, even with Windows vendor characters" : "ISO-2022-JP";
        return new MappingException(fileName, segment, field, "not valid " + encoding + ": " + kind + " byte sequence"
                + " of length " + result.length() + " at byte offset " + offset
                + " (broken escape sequence, 8-bit byte or character outside JIS X 0208)");
    }

    /** HAPI wants CR between segments; files copied through other systems sometimes carry CRLF or LF. */
    private static String segmentsEndedByCr(String text) {
        String unified = text.replace("\r\n", "\r").replace('\n', '\r');
        int end = unified.length();
        while (end > 0 && unified.charAt(end - 1) == '\r') {
            end--;
        }
        return unified.substring(0, end);
    }
}
