package jp.renkei.mapping.render;

/** One member of the care team (支援チーム): name, role (役割), the organization acted for (所属) and phone (連絡先). */
record TeamMember(String name, String role, String organization, String phone) {
}
