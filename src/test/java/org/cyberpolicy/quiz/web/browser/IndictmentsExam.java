package org.cyberpolicy.quiz.web.browser;

/**
 * The answers a student gives to "The July 2021 indictments" (the shipped bank) in the journeys, some wrong on
 * purpose, in two halves so that a journey can save in between. Every question is worth 1 point:
 * agency: MSS, right, 1; defendants: 4, right, 1; MSS officials: 4, wrong (3), 0; announcement: 2021-07-19,
 * right, 1; campaign start: 2011, right, 1; private company: "Front company" (an accepted alias), right, 1; the
 * defendant described differently: sold the research, wrong, 0; all four officials: False, right, 1; targets: three of the four right ones and no wrong one,
 * 3/4 = 0.75; VPNs: "VPN", right, 1. Total 7.75 of 10, 77.5 %, passed (pass mark 60).
 */
final class IndictmentsExam {

    static final String TITLE = "The July 2021 indictments";
    static final String QUIZ_ID = "indictments-exam";
    static final String SCORE_LINE = "Score 7.75 / 10 (77.5%)";

    private IndictmentsExam() {
    }

    static void answerFirstHalf(StudentSite site) {
        site.choose("For which Chinese government body", "The Ministry of State Security (MSS)")
                .type("How many Chinese nationals", "4")
                .type("how many were officials", "4")
                .type("On what date (day, month and year)", "2021-07-19")
                .type("In which year did the intrusion campaign", "2011");
    }

    static void answerSecondHalf(StudentSite site) {
        site.type("what kind of organisation", "Front company")
                .choose("One defendant's part is described differently", "Sold the stolen research to foreign companies")
                .choose("All four people charged by the US", "False")
                .choose("What did the campaign described in the indictment go after", "Intellectual property",
                        "Confidential business information", "Infectious disease research")
                .type("What kind of government-sanctioned tool", "VPN");
    }
}
