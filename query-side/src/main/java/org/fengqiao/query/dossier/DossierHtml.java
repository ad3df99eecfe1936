package org.fengqiao.query.dossier;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.fengqiao.cases.query.CaseView;
import org.fengqiao.query.integrity.AnchorProofView;
import org.fengqiao.query.integrity.ChainVerificationView;

/**
 * The dossier as one self-contained HTML page in Chinese, laid out for printing (a browser's "print to PDF"): the
 * case's particulars, a timeline of every event with business and recording time, actor, summary and hash, the
 * verification result and the anchor. Every value is HTML-escaped; the page loads nothing from elsewhere.
 */
final class DossierHtml {

    private static final Map<String, String> EVENT_NAMES = Map.ofEntries(
            Map.entry("PetitionReceived", "信访事项登记"),
            Map.entry("DisputeReceived", "矛盾纠纷登记"),
            Map.entry("PetitionAccepted", "受理"),
            Map.entry("PetitionNotAccepted", "不予受理"),
            Map.entry("CaseAssigned", "交办"),
            Map.entry("CaseReassigned", "改派"),
            Map.entry("MeetingHeld", "召开会议"),
            Map.entry("MediationRefused", "拒绝调解"),
            Map.entry("MediationAgreementReached", "达成调解协议"),
            Map.entry("HandlingPlanAgreed", "确定处理方案"),
            Map.entry("ReplyServed", "送达答复意见"),
            Map.entry("CaseEscalated", "上报"),
            Map.entry("RiskLevelChanged", "风险等级变更"),
            Map.entry("NoteAdded", "添加备注"),
            Map.entry("AttachmentRecorded", "登记附件"),
            Map.entry("CaseClosed", "结案"),
            Map.entry("DossierExported", "档案导出"),
            Map.entry("PersonalDataRestricted", "个人信息限制处理"),
            Map.entry("PersonalDataRestrictionLifted", "解除限制处理"),
            Map.entry("PersonalDataErased", "个人信息删除"),
            Map.entry("TermPerformanceRecorded", "登记协议履行情况"),
            Map.entry("TermDueReminded", "协议条款即将到期"),
            Map.entry("TermPerformanceUrged", "督促履行"),
            Map.entry("PerformanceWaived", "批准未履行完毕结案"),
            Map.entry("NoticeServed", "送达告知"),
            Map.entry("FollowUpRecorded", "回访"),
            Map.entry("FollowUpOverdue", "逾期未回访"),
            Map.entry("CaseReopenedForRework", "重办"),
            Map.entry("HotlineExtensionDecided", "12345延期审核"));

    private final DateTimeFormatter time;

    DossierHtml(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    String render(Dossier dossier) {
        CaseView view = dossier.view();
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>案件档案 ")
            .append(escape(view == null ? dossier.caseId() : String.valueOf(view.caseNumber())))
            .append("</title>\n<style>\n")
            .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:2em;")
            .append("color:#111}\nh1{font-size:1.6em;border-bottom:2px solid #333;padding-bottom:.3em}\n")
            .append("table{border-collapse:collapse;width:100%;margin:1em 0}\n")
            .append("th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.9em}\n")
            .append("th{background:#eee}\n.hash{font-family:monospace;font-size:.75em;word-break:break-all}\n")
            .append(".ok{color:#060;font-weight:bold}\n.bad{color:#b00;font-weight:bold}\n")
            .append("@media print{body{margin:0}tr{page-break-inside:avoid}@page{size:A4;margin:15mm}}\n")
            .append("</style>\n</head>\n<body>\n");
        html.append("<h1>案件档案（一案一档）</h1>\n<table class=\"particulars\">\n");
        row(html, "案件编号", view == null ? "" : String.valueOf(view.caseNumber()));
        row(html, "案件标识", dossier.caseId());
        if (view != null) {
            row(html, "案件类型", view.kind() == null ? "" : switch (view.kind()) {
                case PETITION -> "信访事项";
                case DISPUTE -> "矛盾纠纷";
            });
            row(html, "当前状态", String.valueOf(view.status()));
            row(html, "类别", String.valueOf(view.category()));
            row(html, "事由", view.subject());
            row(html, "所属网格", view.jurisdiction() == null ? "" : view.jurisdiction().grid().value());
            row(html, "承办单位", view.unit() == null ? "" : view.unit().value());
            row(html, "风险等级", String.valueOf(view.riskLevel()));
            row(html, "登记时间", format(view.receivedAt()));
            row(html, "结案时间", format(view.closedAt()));
            row(html, "办理结果", view.outcome() == null ? "" : view.outcome().name());
        }
        row(html, "事件数", Integer.toString(dossier.events().size()));
        row(html, "导出时间", format(dossier.exportedAt()));
        row(html, "导出人", dossier.exportedBy());
        html.append("</table>\n");

        html.append("<h2>办理时间线</h2>\n<table class=\"timeline\">\n<thead><tr><th>序号</th><th>业务时间</th>")
            .append("<th>记录时间</th><th>操作人</th><th>事项</th><th>摘要</th><th>哈希</th></tr></thead>\n<tbody>\n");
        for (Dossier.Entry entry : dossier.events()) {
            html.append("<tr><td>").append(entry.sequence()).append("</td><td>").append(escape(format(entry.occurredAt())))
                .append("</td><td>").append(escape(format(entry.recordedAt()))).append("</td><td>")
                .append(escape(entry.actor())).append("</td><td>")
                .append(escape(EVENT_NAMES.getOrDefault(entry.eventType(), entry.eventType()))).append("</td><td>")
                .append(escape(entry.summary())).append("</td><td class=\"hash\">").append(escape(entry.hash()))
                .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");

        html.append("<h2>完整性校验</h2>\n");
        ChainVerificationView verification = dossier.verification();
        if (verification == null) {
            html.append("<p>未能校验。</p>\n");
        } else if (verification.valid()) {
            html.append("<p class=\"ok\">校验通过：全部 ").append(verification.events())
                .append(" 个事件的哈希链完整，未发现篡改。</p>\n<p>链头哈希：<span class=\"hash\">")
                .append(escape(verification.head())).append("</span></p>\n");
        } else {
            html.append("<p class=\"bad\">校验未通过：自序号 ").append(verification.firstBrokenSequence())
                .append(" 起哈希链断裂（").append(escape(String.valueOf(verification.reason()))).append("）。</p>\n<p>")
                .append(escape(verification.detail())).append("</p>\n");
        }

        html.append("<h2>存证锚定</h2>\n");
        AnchorProofView anchor = dossier.anchor();
        if (anchor == null) {
            html.append("<p>当前链头尚未纳入锚定（每日锚定后可查）。</p>\n");
        } else {
            html.append("<p>锚定编号 ").append(escape(anchor.anchor().anchorId())).append("，锚定时间 ")
                .append(escape(format(anchor.anchor().anchoredAt()))).append("，默克尔根 <span class=\"hash\">")
                .append(escape(anchor.anchor().root())).append("</span>。</p>\n<p class=\"")
                .append(anchor.proofValid() ? "ok\">包含证明有效" : "bad\">包含证明无效")
                .append("。</p>\n");
        }
        html.append("<p>校验方法见系统说明文档“哈希链与校验”一节：任何人可按规范编码重新计算。</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private String format(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
