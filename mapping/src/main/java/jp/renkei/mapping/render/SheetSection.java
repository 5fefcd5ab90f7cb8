package jp.renkei.mapping.render;

/** One section of a liaison sheet as printed: its title (病状・診断 …) and its narrative as XHTML markup. */
record SheetSection(String title, String narrative) {
}
