package org.fengqiao.cases.petition;

/**
 * The one definition of a group petition (联名 / 集体访), which the case, its view and the boards all read: a petition
 * is a group case when it speaks for {@value #GROUP_SIZE} or more people, counting its {@code headcount} (the people
 * its petitioners speak for, themselves included) or, without one, its petitioners. A petition that speaks for more
 * people than it names has its petitioners as the group's representatives (代表), at most
 * {@value #MAX_REPRESENTATIVES} of them (信访条例 2005 Art. 18, kept by the 2022 信访工作条例: many people who visit
 * about one matter choose representatives, no more than five). Representatives are addressed by their number among
 * the petitioners, counted from 1, which is also their data-subject number in the case.
 */
public final class GroupPetitions {

    /** The number of people from which a petition is a group case, and at least HIGH risk. */
    public static final int GROUP_SIZE = 5;

    /** The reason recorded when being a group raises a petition's risk at intake. */
    public static final String RISK_REASON = "group petition (集体访): at least HIGH";

    /** The most representatives a group chooses. */
    public static final int MAX_REPRESENTATIVES = 5;

    private GroupPetitions() {
    }

    /** How many people a petition speaks for: its headcount if given (never fewer than its petitioners). */
    public static int people(int petitioners, Integer headcount) {
        return headcount == null ? petitioners : Math.max(headcount, petitioners);
    }

    /** Whether a petition with this many petitioners and this headcount is a group case. */
    public static boolean isGroup(int petitioners, Integer headcount) {
        return people(petitioners, headcount) >= GROUP_SIZE;
    }

    /** Whether the petitioners speak for people they do not name: then they are the group's representatives. */
    public static boolean representsOthers(int petitioners, Integer headcount) {
        return headcount != null && headcount > petitioners;
    }
}
