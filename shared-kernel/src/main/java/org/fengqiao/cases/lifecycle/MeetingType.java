package org.fengqiao.cases.lifecycle;

/** Joint meeting 联席会议, three-party meeting 三方联席会议, neighbourhood deliberation 邻里议事厅, mediation session. */
public enum MeetingType {
    JOINT_MEETING,
    THREE_PARTY_MEETING,
    DELIBERATION,
    MEDIATION_SESSION
}
