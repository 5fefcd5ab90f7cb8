package jp.renkei.mapping.render;

/** A goal of a support plan as printed: 長期目標 or 短期目標, what is aimed at, by when (期限), how far it is (達成状況). */
record PlanGoal(String term, String description, String due, String achievement) {

    boolean longTerm() {
        return "長期目標".equals(term);
    }
}
