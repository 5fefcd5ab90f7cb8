package jp.renkei.mapping.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;

class SupportPlanPageTest {

    private final SupportPlanPage page = new SupportPlanPage();

    @Test
    void storedPlanPrintsPatientGoalsSupportsTeamAndEmergency() {
        String html = page.html(SupportPlans.demo());

        XhtmlPage.assertWellFormed(html);
        assertThat(html).contains("佐藤 ハル", "サトウ ハル", "埼玉県さくら野市青葉台",
                "2026年11月5日 ～ 2026年12月14日", "実施中", "脳梗塞", "高血圧症");
        assertThat(html).containsSubsequence("長期目標", "住み慣れた自宅での一人暮らし", "2027年5月31日",
                "短期目標", "四点杖", "2026年11月30日");
        assertThat(html).containsSubsequence("支援内容", "訪問看護", "ひまわり訪問看護ステーション", "退院翌週から 週1回（火曜）");
        assertThat(html).containsSubsequence("緊急時の対応", "片麻痺や構音障害の悪化");
        assertThat(html).containsSubsequence("支援チーム", "石井 明美", "担当介護支援専門員", "さくら野ケアプランセンター");
        assertThat(html).contains("佐々木 恵子", "2026年11月5日", "2026年11月26日 14:00 ～ 15:00");
    }

    @Test
    void profiledPlanReadsContainedGoalsRisksAndEmergencyProcedure() {
        String html = page.html(SupportPlans.profiled());

        XhtmlPage.assertWellFormed(html);
        assertThat(html).containsSubsequence("長期目標", "在宅酸素療法を続けながら", "2025年9月30日",
                "短期目標", "酸素濃縮器とボンベの操作", "2025年5月31日");
        assertThat(html).contains("リスク対策（医療的リスク）", "ひまわり訪問看護ステーション", "2025年6月30日");
        assertThat(html).containsSubsequence("緊急時の対応", "呼吸困難・意識低下時は119番通報");
        assertThat(html.substring(html.indexOf("支援内容"), html.indexOf("緊急時の対応")))
                .as("the emergency procedure is not a support line").doesNotContain("119番通報");
    }

    @Test
    void planTextIsEscaped() {
        Bundle plan = SupportPlans.demo();
        ((CarePlan) plan.getEntryFirstRep().getResource()).setDescription("<script>alert(1)</script>");

        String html = page.html(plan);

        XhtmlPage.assertWellFormed(html);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
