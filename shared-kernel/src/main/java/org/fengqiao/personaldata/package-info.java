/**
 * Personal data in the published language: how a message's component is classified ({@link PersonalData},
 * {@link NotPersonalData}) and where it sits ({@link PersonalField}), how events store it sealed under its data
 * subject's key ({@link SealedValue}) and how it is masked for readers without the right to see it
 * ({@link Masking}); and the rights of data subjects over a case's personal data (PIPL): restriction, which keeps
 * the data but stops its processing and shows it to auditors only, and erasure, which destroys the subject's key so
 * that every sealed value of the subject becomes unreadable while the history itself stays complete. A data subject
 * is a person the case names, numbered from 1 in the order of its intake ({@link SealedValue#subject}).
 * {@code reason} is the legal ground (e.g. "PIPL Art. 47(1)2, consent withdrawn") and must name no one.
 */
package org.fengqiao.personaldata;
