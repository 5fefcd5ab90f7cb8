package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.Address;

/** XAD addresses (PID-11, NK1-4). */
final class V2Address {

    private V2Address() {
    }

    /**
     * XAD: street^other^city^state^zip^country^type^other geographic designation. SS-MIX2 EHRs put the whole address
     * in component 8 (as in the samples) or split it over 1-4; the text joins what is there. Empty without either.
     */
    static Optional<Address> of(V2Segment segment, int field, int rep) {
        String text = String.join("", segment.text(field, rep, 4), segment.text(field, rep, 3),
                segment.text(field, rep, 1), segment.text(field, rep, 2), segment.text(field, rep, 8));
        String postalCode = segment.text(field, rep, 5);
        if (text.isEmpty() && postalCode.isEmpty()) {
            return Optional.empty();
        }
        Address address = new Address();
        if (!text.isEmpty()) {
            address.setText(text);
        }
        if (!postalCode.isEmpty()) {
            address.setPostalCode(postalCode);
        }
        segment.optional(field, rep, 6).ifPresent(address::setCountry);
        switch (segment.text(field, rep, 7)) {
            case "H" -> address.setUse(Address.AddressUse.HOME);
            case "B", "O" -> address.setUse(Address.AddressUse.WORK);
            case "C" -> address.setUse(Address.AddressUse.TEMP);
            default -> { }
        }
        return Optional.of(address);
    }
}
