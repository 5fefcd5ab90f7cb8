package jp.renkei.mapping.render;

/** One line of the 支援内容 table: the support (or risk and its countermeasure), who gives it, when, and its state. */
record PlanActivity(String support, String description, String performers, String timing, String status) {
}
