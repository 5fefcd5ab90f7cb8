package jp.renkei.mapping.render;

/**
 * The head of a liaison sheet (連携シート): the recipient kind and organization (送付先), the date (作成日), who wrote
 * it (作成者) and for which office (発信元), and the stay it follows (入院日・退院日).
 */
record SheetHeader(String title, String recipientKind, String recipient, String date, String authors, String sender,
                   String admitted, String discharged) {
}
