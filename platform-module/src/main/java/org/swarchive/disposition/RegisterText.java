package org.swarchive.disposition;

import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;

/** The words of the 销毁清册, in both languages; the Chinese ones are the form's own. */
enum RegisterText {
    TITLE("档案销毁清册", "Records destruction register"),
    COVER("封面", "Cover"),
    LIST("清册", "Register"),
    FONDS("全宗号", "Fonds"),
    PROPOSAL("销毁提议编号", "Proposal"),
    QUANTITY("数量（件）", "Quantity (items)"),
    TOTAL_PAGES("总页数", "Total pages"),
    APPRAISER("鉴定负责人（签字）", "Appraisal lead (signature)"),
    APPRAISED_ON("鉴定日期", "Appraised on"),
    APPROVER("批准人（签字）", "Approved by (signature)"),
    APPROVED_ON("批准日期", "Approved on"),
    SUPERVISOR("监销人（签字）", "Supervisor (signature)"),
    DESTROYED_AT("销毁时间", "Destroyed at"),
    SEQ("序号", "No."),
    ITEM_TITLE("题名", "Title"),
    YEAR("所属年度", "Year"),
    CODE("档号", "Archive code"),
    RETENTION("应保管期限", "Retention"),
    KEPT("已保管期限", "Years kept"),
    PAGES("页数", "Pages"),
    NOTE("备注", "Notes"),
    TOTAL("合计", "Total"),
    ITEMS("%d 件", "%d items"),
    YEARS("%d年", "%d years"),
    PAGES_PARTLY("（部分档案页数不详）", " (some page counts unknown)"),
    PAGES_UNKNOWN("页数不详", "page counts unknown"),
    NONE("—", "—");

    private final LocalizedText text;

    RegisterText(String zh, String en) {
        this.text = LocalizedText.of(zh, en);
    }

    String in(Language language) {
        return text.in(language);
    }

    String format(Language language, Object... args) {
        return String.format(text.in(language), args);
    }
}
