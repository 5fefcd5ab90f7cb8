package jp.renkei.mapping.render;

/**
 * The head of a support plan (支援計画書): title, state (状態), period (計画期間), the problems it addresses (課題),
 * its summary, who wrote it (作成者) and when (作成日), and when it is reviewed next (次回評価日).
 */
record PlanHeader(String title, String status, String period, String problems, String summary, String author,
                  String created, String nextReview) {
}
