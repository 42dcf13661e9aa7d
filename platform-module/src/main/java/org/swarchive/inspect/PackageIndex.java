package org.swarchive.inspect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.report.Html;

/** The package's front page: by indicator, readiness, gaps and links to each evidence file. */
final class PackageIndex {

    private final DocTypeCatalogue catalogue;
    private final Language lang;

    PackageIndex(DocTypeCatalogue catalogue, Language lang) {
        this.catalogue = catalogue;
        this.lang = lang;
    }

    String render(String station, CheckResult result, Set<String> included, Set<String> withheld, Set<String> refused,
                  Map<String, ArchiveRecord> records) {
        boolean en = lang == Language.EN;
        Assessment a = result.assessment();
        StringBuilder h = new StringBuilder(32_768);
        String title = (en ? "Inspection package — " : "评估资料包 — ") + station + " — " + a.framework().title().in(lang)
                + " " + a.period().label();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc(title)).append("</title>\n<style>")
                .append("body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",system-ui,sans-serif;")
                .append("max-width:1000px;margin:0 auto;padding:16px;color:#1b1f24}h2{border-bottom:2px solid #d0d7de}")
                .append("section{border:1px solid #e5e8eb;border-radius:6px;padding:.4rem .8rem;margin:.6rem 0}")
                .append(".gap{color:#a40e26}.withheld{color:#57606a;font-style:italic}li{margin:.15rem 0}")
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.esc(title)).append("</h1>\n<p>")
                .append(en ? "Score " : "得分 ").append(a.score().toPlainString()).append(" / ")
                .append(a.framework().total().stripTrailingZeros().toPlainString()).append(" · ")
                .append(Html.esc(a.grade().map(g -> g.label().in(lang)).orElse("—"))).append(" · ")
                .append(en ? "as of " : "截至 ").append(a.asOf()).append(" · ")
                .append(en ? "files: " : "文件：").append(included.size()).append(" · ")
                .append(en ? "withheld (sensitive): " : "未提供（敏感信息）：").append(withheld.size()).append("</p>\n");
        for (IndicatorResult top : a.indicators()) {
            h.append("<h2>").append(Html.esc(top.code() + " " + top.indicator().title().in(lang))).append("</h2>\n");
            top.flatten().filter(r -> r.indicator().isLeaf()).forEach(leaf -> leaf(h, leaf, a.gaps(), included, withheld, records, en));
        }
        if (!refused.isEmpty()) {
            h.append("<h2>").append(en ? "Not included" : "未收入").append("</h2>\n<p>")
                    .append(en ? "These ids do not name a file inside the station:" : "以下编号不指向本站内的文件：").append("</p>\n<ul>\n");
            refused.forEach(id -> h.append("<li>").append(Html.esc(id)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("<p><small>").append(en ? "Check the files with: " : "校验文件：")
                .append("<code>sha256sum -c manifest.sha256</code> · ")
                .append(en ? "made " : "生成于 ").append(LocalDate.now()).append("</small></p>\n</body>\n</html>\n");
        return h.toString();
    }

    private void leaf(StringBuilder h, IndicatorResult leaf, List<Gap> gaps, Set<String> included, Set<String> withheld,
                      Map<String, ArchiveRecord> records, boolean en) {
        h.append("<section id=\"i-").append(Html.esc(leaf.code())).append("\"><h3>").append(Html.esc(leaf.code() + " "
                + leaf.indicator().title().in(lang))).append(" — ").append(leaf.notApplicable() ? (en ? "n/a" : "不适用")
                : leaf.readiness().movePointRight(2).stripTrailingZeros().toPlainString() + "%").append("</h3>\n");
        List<Gap> own = gaps.stream().filter(g -> g.indicator().equals(leaf.code())).toList();
        if (!own.isEmpty()) {
            h.append("<ul>\n");
            for (Gap g : own) {
                h.append("<li class=\"gap\">").append(en ? "Missing: " : "缺失：").append(Html.esc(String.join(" / ",
                                g.docTypes().stream().map(t -> catalogue.find(t).map(d -> d.label().in(lang)).orElse(t)).toList())))
                        .append(g.period() == null ? "" : " " + Html.esc(g.period()))
                        .append(g.subject() == null ? "" : " " + Html.esc(g.subject()))
                        .append(en ? ", due " : "，应交 ").append(g.due()).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        Set<String> ids = InspectionPackage.evidenceIds(leaf);
        if (!ids.isEmpty()) {
            h.append("<ul>\n");
            for (String id : ids) {
                if (included.contains(id)) {
                    String name = id.substring(id.lastIndexOf('/') + 1);
                    h.append("<li><a href=\"").append(Html.href("files/" + id)).append("\">").append(Html.esc(name))
                            .append("</a> ").append(Html.esc(InspectionPackage.archiveCode(records.get(id)))).append("</li>\n");
                } else if (withheld.contains(id)) {
                    h.append("<li class=\"withheld\">").append(en ? "Withheld (sensitive personal information): "
                            : "未提供（敏感个人信息）：").append(Html.esc(InspectionPackage.archiveCode(records.get(id)))).append("</li>\n");
                }
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }
}
