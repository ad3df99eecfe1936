package org.fengqiao.cases.petition;

/** How a petition arrived: visit 来访, letter 来信, phone, the 12345 hotline, online, or a grid worker's visit. */
public enum Channel {
    VISIT,
    LETTER,
    PHONE,
    HOTLINE,
    ONLINE,
    GRID_VISIT
}
