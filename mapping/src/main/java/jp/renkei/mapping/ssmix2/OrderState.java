package jp.renkei.mapping.ssmix2;

/**
 * What an ORC says about its order (オーダ状態), before it is put in a resource's own status codes: ORC-1 (order
 * control) first, as it says what this message does to the order (CA cancel, DC discontinue, HD hold); then ORC-5
 * (order status: CM completed, CA, DC, HD). A new or changed order (NW, XO, SC/IP) is active. JAMI leaves the status
 * to the implementer.
 */
enum OrderState {
    ACTIVE, ON_HOLD, COMPLETED, CANCELLED, STOPPED;

    static OrderState of(V2Segment orc) {
        return switch (orc.text(1)) {
            case "CA", "OC", "CR" -> CANCELLED;
            case "DC", "OD", "DR" -> STOPPED;
            case "HD", "OH" -> ON_HOLD;
            default -> switch (orc.text(5)) {
                case "CM" -> COMPLETED;
                case "CA" -> CANCELLED;
                case "DC" -> STOPPED;
                case "HD" -> ON_HOLD;
                default -> ACTIVE;
            };
        };
    }
}
