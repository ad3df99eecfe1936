package org.fengqiao.query.console;

import java.util.ArrayList;
import java.util.List;
import org.fengqiao.cases.CaseCommand;
import org.fengqiao.cases.dispute.DisputeSource;
import org.fengqiao.cases.dispute.Party;
import org.fengqiao.cases.dispute.PartyRole;
import org.fengqiao.cases.dispute.ReceiveDispute;
import org.fengqiao.cases.petition.Channel;
import org.fengqiao.cases.petition.Petitioner;
import org.fengqiao.cases.petition.ReceivePetition;
import org.fengqiao.cases.value.Actor;
import org.fengqiao.cases.value.CaseId;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.personaldata.NotPersonalData;
import org.fengqiao.personaldata.PersonalData;

/**
 * The intake form: a dispute (source, two or more parties with roles) or a petition (channel, one or more
 * petitioners), with the fields of {@code POST /api/disputes} and {@code POST /api/petitions} under the same names,
 * so that a problem's {@code field} finds its input. Empty party rows are left out.
 */
record IntakeForm(String kind, String source, String channel, String category,
        @NotPersonalData("the case's title: it names the matter, not the resident") String subject,
        @PersonalData String content, String gridCode,
        @PersonalData(PersonalData.Kind.NAME) String name1, @PersonalData(PersonalData.Kind.PHONE) String phone1,
        String role1,
        @PersonalData(PersonalData.Kind.NAME) String name2, @PersonalData(PersonalData.Kind.PHONE) String phone2,
        String role2) {

    /** Leaves out what residents wrote and who they are: Spring logs bound forms by their {@code toString()}. */
    @Override
    public String toString() {
        return "IntakeForm[kind=" + kind + ", gridCode=" + gridCode + "]";
    }

    CaseCommand command(Actor actor) {
        CaseId id = CaseId.generate();
        Category what = blank(category) ? null : new Category(category);
        NodeCode grid = blank(gridCode) ? null : new NodeCode(gridCode);
        if ("PETITION".equals(kind)) {
            List<Petitioner> petitioners = new ArrayList<>();
            if (!blank(name1)) {
                petitioners.add(new Petitioner(name1, phone1, null, null));
            }
            if (!blank(name2)) {
                petitioners.add(new Petitioner(name2, phone2, null, null));
            }
            return new ReceivePetition(id, blank(channel) ? null : Channel.valueOf(channel), what, subject, content,
                    grid, petitioners, null, actor);
        }
        List<Party> parties = new ArrayList<>();
        if (!blank(name1)) {
            parties.add(new Party(name1, phone1, blank(role1) ? null : PartyRole.valueOf(role1), null, null));
        }
        if (!blank(name2)) {
            parties.add(new Party(name2, phone2, blank(role2) ? null : PartyRole.valueOf(role2), null, null));
        }
        return new ReceiveDispute(id, blank(source) ? null : DisputeSource.valueOf(source), what, subject, content,
                grid, parties, null, null, actor);
    }

    static IntakeForm empty() {
        return new IntakeForm("DISPUTE", null, null, null, null, null, null, null, null, "APPLICANT", null, null,
                "RESPONDENT");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
