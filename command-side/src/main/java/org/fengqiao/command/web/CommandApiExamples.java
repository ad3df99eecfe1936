package org.fengqiao.command.web;

import java.util.Map;
import org.fengqiao.platform.openapi.RequestExamples;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An example request body for every command of the OpenAPI document, so that a caller of another system sees a
 * complete, valid request (the names and numbers are made up).
 */
@Configuration(proxyBeanMethods = false)
class CommandApiExamples {

    private static final String KIND_CASE = "/api/{kind}/{caseId}/";
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("/api/petitions", """
                    {"channel":"HOTLINE","category":"PROPERTY","subject":"Lift out of order","content":"Since Monday",
                     "gridCode":"SH-FL-G03","petitioners":[{"name":"王芳","phone":"13800001111"}],
                     "receivedAt":"2026-07-01T01:30:00Z","externalRef":{"system":"hotline-12345","id":"T-2026-0042"},
                     "type":"APPEAL_OR_REQUEST","respondents":["富力物业"]}"""),
            Map.entry("/api/disputes", """
                    {"source":"APPLICATION","category":"PROPERTY","subject":"Water leaking from the flat above",
                     "content":"Owner of 6-2-301 reports a leak from 6-2-401","gridCode":"SH-FL-G03",
                     "parties":[{"name":"王芳","phone":"13800001111","role":"APPLICANT"},
                                {"name":"富力物业","role":"RESPONDENT"}],"mediation":"NON_PUBLIC"}"""),
            Map.entry("/api/petitions/{caseId}/acceptance", "{\"accepted\":true}"),
            Map.entry("/api/petitions/{caseId}/agreement", """
                    {"terms":"Rebuild the courtyards to standard","performBy":"2026-07-30",
                     "signatories":["王芳","富力物业"],"sealedBy":["富力物业"],
                     "obligations":[{"text":"Rebuild the courtyards of phase 6","obligor":"富力物业","dueBy":"2026-07-30"},
                                    {"text":"Inspect the rebuilt courtyards","unit":"SHQ-ENFORCE","dueBy":"2026-07-30"}]}"""),
            Map.entry("/api/petitions/{caseId}/reply", """
                    {"opinion":"SUPPORT","text":"The request is supported; repairs start on 5 July.",
                     "servedAt":"2026-07-02T02:00:00Z"}"""),
            Map.entry("/api/petitions/{caseId}/notices", """
                    {"type":"ACCEPTANCE","method":"IN_PERSON","date":"2026-07-02T02:00:00Z","to":"王芳"}"""),
            Map.entry("/api/disputes/{caseId}/agreement", """
                    {"terms":"The property company repairs the pipe and pays 800 yuan","performBy":"2026-07-31",
                     "performance":"Repair by a licensed firm","mediator":"李调解","signatories":["王芳","富力物业","李调解"],
                     "sealedBy":["富力物业"],"facts":"The pipe above 6-2-301 leaked from May",
                     "disputedMatters":"Who repairs the pipe and pays for the ceiling",
                     "responsibilities":[{"party":"富力物业","responsibility":"maintains the shared pipes"}],
                     "obligations":[{"text":"Repair the pipe","obligor":"富力物业","dueBy":"2026-07-20"},
                                    {"text":"Pay 800 yuan for the ceiling","obligor":"富力物业","dueBy":"2026-07-31"}]}"""),
            Map.entry("/api/disputes/{caseId}/refusal", "{\"party\":\"富力物业\",\"reason\":\"prefers to go to court\"}"),
            Map.entry(KIND_CASE + "assignment", "{\"unit\":\"SH-FL-MEDIATION\",\"officer\":\"li.mediator\"}"),
            Map.entry(KIND_CASE + "meetings", """
                    {"type":"MEDIATION_SESSION","heldAt":"2026-07-02T02:00:00Z","participants":["王芳","富力物业","李调解"],
                     "minutes":"Both sides agree to inspect the pipe"}"""),
            Map.entry(KIND_CASE + "escalation", "{\"toLevel\":\"SUB_DISTRICT\",\"reason\":\"needs the task force\"}"),
            Map.entry(KIND_CASE + "risk",
                    "{\"level\":\"HIGH\",\"reason\":\"a threat of self-harm\",\"policeInformed\":true}"),
            Map.entry(KIND_CASE + "deadline-extension", """
                    {"limit":"HANDLING","days":30,"reason":"expert opinion on the cracks awaited",
                     "approver":"wang.director"}"""),
            Map.entry(KIND_CASE + "hearing/start", "{\"occurredAt\":\"2026-07-03T01:00:00Z\"}"),
            Map.entry(KIND_CASE + "hearing/end", "{\"occurredAt\":\"2026-07-20T09:00:00Z\"}"),
            Map.entry(KIND_CASE + "objection", "{\"unit\":\"SH-FL-MEDIATION\",\"reason\":\"a building-safety matter\"}"),
            Map.entry(KIND_CASE + "dispatch", """
                    {"leadUnit":"SHQ-ENFORCE","coUnits":["SHQ-POLICE-SH"],
                     "instructions":"Remove the illegal structure; police to keep the peace"}"""),
            Map.entry(KIND_CASE + "dispatch/sign", "{\"unit\":\"SHQ-ENFORCE\"}"),
            Map.entry(KIND_CASE + "dispatch/return", """
                    {"unit":"SHQ-ENFORCE","reasonCode":"NOT_OUR_DUTY","text":"a housing-quality matter"}"""),
            Map.entry(KIND_CASE + "dispatch/return/decision",
                    "{\"unit\":\"SHQ-ENFORCE\",\"decision\":\"APPROVE\",\"reason\":\"the housing bureau's\"}"),
            Map.entry(KIND_CASE + "dispatch/contribution",
                    "{\"unit\":\"SHQ-POLICE-SH\",\"text\":\"Patrol kept the peace during the removal\"}"),
            Map.entry(KIND_CASE + "dispatch/contribution/waiver",
                    "{\"unit\":\"SHQ-POLICE-SH\",\"reason\":\"no police part needed after all\"}"),
            Map.entry(KIND_CASE + "urging", "{\"text\":\"The residents called again: report by Friday\"}"),
            Map.entry(KIND_CASE + "supervision", """
                    {"text":"Listed by the sub-district: weekly written progress until the lift runs",
                     "feedbackBy":"2026-07-10T16:00:00Z"}"""),
            Map.entry(KIND_CASE + "supervision/{orderId}/feedback",
                    "{\"text\":\"The repair firm is contracted; the lift runs again on 30 July\"}"),
            Map.entry(KIND_CASE + "links", """
                    {"targetKind":"DISPUTE","targetId":"5d0c9a1e-7b3f-4c2d-8e6a-1f2b3c4d5e6f",
                     "reason":"the owners' petition and their dispute with the developer are one matter"}"""),
            Map.entry(KIND_CASE + "merge", """
                    {"primaryId":"0b6f4a52-2a4f-4f0e-9d7e-7a1b2c3d4e5f",
                     "reason":"the same owners about the same courtyards, registered twice (重复件)"}"""),
            Map.entry("/api/disputes/{caseId}/judicial-confirmation",
                    "{\"court\":\"赛罕区人民法院\",\"appliedAt\":\"2026-07-10T02:00:00Z\"}"),
            Map.entry("/api/disputes/{caseId}/judicial-confirmation/decision", """
                    {"decision":"CONFIRMED","courtReference":"(2026)内0105民特123号",
                     "decidedAt":"2026-07-20T02:00:00Z"}"""),
            Map.entry("/api/petitions/{caseId}/review", "{\"reason\":\"the reply did not address the rebuild\"}"),
            Map.entry(KIND_CASE + "risk-leader", "{\"leader\":\"wang.deputy-director\"}"),
            Map.entry(KIND_CASE + "check-ins", "{\"note\":\"Visited the family; calm\"}"),
            Map.entry(KIND_CASE + "notes", "{\"text\":\"Called the applicant back\"}"),
            Map.entry(KIND_CASE + "attachments", """
                    {"name":"minutes.pdf","mediaType":"application/pdf","size":48213,
                     "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""),
            Map.entry("/api/cases/{caseId}/data-subjects/{subject}/restriction",
                    "{\"reason\":\"PIPL Art. 47(2): retention period runs, the resident objects to processing\"}"),
            Map.entry("/api/cases/{caseId}/data-subjects/{subject}/restriction/lifting",
                    "{\"reason\":\"the objection was withdrawn\"}"),
            Map.entry("/api/cases/{caseId}/data-subjects/{subject}/erasure",
                    "{\"reason\":\"PIPL Art. 47(1)3: consent withdrawn, no retention rule applies\"}"),
            Map.entry("/api/cases/{caseId}/case-record/destruction",
                    "{\"reason\":\"retention period of the petition archive ended; destruction approved\"}"),
            Map.entry(KIND_CASE + "performance",
                    "{\"term\":1,\"status\":\"PERFORMED\",\"note\":\"Pipe repaired, checked on site\"}"),
            Map.entry(KIND_CASE + "performance/waiver",
                    "{\"reason\":\"the last instalment falls due after the handling limit\"}"),
            Map.entry(KIND_CASE + "follow-ups", """
                    {"contacted":"王芳","method":"PHONE","satisfaction":"DISSATISFIED","performed":false,
                     "note":"The pipe leaks again"}"""),
            Map.entry(KIND_CASE + "rework", "{\"reason\":\"the follow-up found the leak back\"}"),
            Map.entry(KIND_CASE + "closure", "{\"outcome\":\"RESOLVED\",\"satisfaction\":\"SATISFIED\"}"),
            Map.entry("/api/cases/{caseId}/confidentiality", """
                    {"reason":"a report against an official of the sub-district","roles":["SUPERVISOR","AUDITOR"],
                     "accounts":["li.inspector"]}"""),
            Map.entry("/api/cases/{caseId}/confidentiality/lifting", "{\"reason\":\"the inquiry has ended\"}"),
            Map.entry("/api/integrations/hotline/orders", """
                    {"工单编号":"HH2026093000042","标题":"Lift out of order in building 5","诉求内容":"Since Monday",
                     "来电人":"王芳","联系电话":"13800001111","事发地址":"富力城5号楼","区划代码":"150105006003",
                     "诉求类型":"0301","紧急程度":"1","派单时间":"2026-09-30 10:00:00","办结时限":"2026-10-12",
                     "主办单位":"ZJJ","协办单位":["FLWY"]}"""),
            Map.entry("/api/integrations/hotline/follow-up-results", """
                    {"工单编号":"HH2026093000042","回访结果":"3","是否解决":"否","回访时间":"2026-10-14 09:30:00",
                     "重办时限":"2026-10-21"}"""),
            Map.entry("/api/integrations/hotline/urgings", """
                    {"工单编号":"HH2026093000042","催办内容":"The caller rang again","催办时间":"2026-10-09 15:00:00",
                     "反馈时限":"2026-10-13"}"""),
            Map.entry(KIND_CASE + "hotline-extension", """
                    {"dueDate":"2026-10-19","reason":"The lift's control board comes from the factory in 7 days."}"""),
            Map.entry("/api/integrations/hotline/extensions", """
                    {"工单编号":"HH2026093000042","延期审核结果":"1","延期后办结时限":"2026-10-19",
                     "审核时间":"2026-10-09 16:00:00"}"""));

    @Bean
    RequestExamples commandRequestExamples() {
        return new RequestExamples(EXAMPLES);
    }
}
