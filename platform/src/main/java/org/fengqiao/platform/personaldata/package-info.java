/**
 * Keys of data subjects and the sealing of personal values with them: {@link
 * org.fengqiao.platform.personaldata.SubjectKeyStore} (pluggable; MongoDB by default), the master key that wraps the
 * stored keys, and {@link org.fengqiao.platform.personaldata.PersonalDataCipher}, AES-GCM per value.
 */
package org.fengqiao.platform.personaldata;
