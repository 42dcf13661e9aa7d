package org.swarchive.alert;

import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;

/** The words of alert emails, in both languages. */
enum Words {
    DIGEST_SUBJECT("【评估准备度周报】%s：得分 %s，缺失 %d 项", "[Readiness digest] %s: score %s, %d gaps"),
    OVERDUE_SUBJECT("【佐证逾期提醒】%s：新增 %d 项逾期缺失", "[Evidence overdue] %s: %d new overdue gaps"),
    DIGEST_TITLE("评估准备度周报", "Readiness digest"),
    OVERDUE_TITLE("佐证逾期提醒", "Evidence now overdue"),
    STATION("站点", "Station"),
    FRAMEWORK("评估框架", "Framework"),
    PERIOD("评估期间", "Evaluation period"),
    AS_OF("截至", "As of"),
    SCORE("得分", "Score"),
    GRADE("等级", "Grade"),
    OVERDUE("逾期未交的佐证", "Gaps now overdue"),
    NEW("自上次周报以来新出现的缺失", "New gaps since the last digest"),
    NEW_NOW("刚刚逾期的佐证", "Gaps that have just become overdue"),
    CLOSED("自上次周报以来已补齐", "Gaps closed since the last digest"),
    DUE_SOON("%d 天内到期", "Due within %d days"),
    PROPOSALS("待您审批的销毁申请", "Disposal proposals awaiting your approval"),
    WINDOWS("检查窗口开启与关闭", "Inspection windows opening or closing"),
    OPENS("开启", "opens"),
    CLOSES("关闭", "closes"),
    NONE("无", "none"),
    INDICATOR("指标", "Indicator"),
    DOC_TYPE("文档类型", "Doc type"),
    SLOT("期间", "Period"),
    SUBJECT("对象", "Subject"),
    DUE("应交日期", "Due"),
    DAYS_OVERDUE("逾期 %d 天", "%d days overdue"),
    DAYS_LEFT("还剩 %d 天", "%d days left"),
    STANDING("常备", "standing"),
    RECORDS("%d 件", "%d records"),
    FOOTER("此邮件由 Station Archives（社工站档案与评估台账）自动发送。", "Sent by Station Archives.");

    private final LocalizedText text;

    Words(String zh, String en) {
        this.text = LocalizedText.of(zh, en);
    }

    String in(Language lang) {
        return text.in(lang);
    }

    String format(Language lang, Object... args) {
        return String.format(in(lang), args);
    }
}
