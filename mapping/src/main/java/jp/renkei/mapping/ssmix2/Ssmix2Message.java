package jp.renkei.mapping.ssmix2;

import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.ReadOnlyMessageIterator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A parsed SS-MIX2 message together with the file it came from. */
public record Ssmix2Message(Ssmix2File file, Message message) {

    public String fileName() {
        return file.fileName();
    }

    /**
     * The message's segments in file order, whatever HAPI's group structure (PPR^ZD1 is not an HL7 structure, so
     * HAPI parses it generically); mappers pair segments such as PRB and the ZPR after it by this order.
     */
    public List<V2Segment> segments() {
        List<V2Segment> segments = new ArrayList<>();
        Iterator<Structure> iterator = ReadOnlyMessageIterator.createPopulatedSegmentIterator(message);
        while (iterator.hasNext()) {
            segments.add(new V2Segment(fileName(), (Segment) iterator.next()));
        }
        return segments;
    }

    public List<V2Segment> segments(String name) {
        return segments().stream().filter(segment -> segment.name().equals(name)).toList();
    }

    /** The one segment of that name; a {@link MappingException} when the message has none. */
    public V2Segment required(String name) {
        return segments(name).stream().findFirst().orElseThrow(
                () -> new MappingException(fileName(), name, "", "the message has no " + name + " segment"));
    }
}
