/** The case dossier (一案一档): the full case file as a JSON bundle or a printable Chinese HTML timeline. */
package org.fengqiao.query.dossier;
