/**
 * Time limits and what stops or moves them: deadlines set, reminded, met, missed and extended, hearings, the
 * hotline's limit.
 */
package org.fengqiao.cases.timelimits;
