/**
 * Personal data on the command side: every {@code @PersonalData} value of an event is sealed with its data
 * subject's key before the event is chained and stored ({@link org.fengqiao.command.personaldata.PersonalDataSealing}).
 */
package org.fengqiao.command.personaldata;
