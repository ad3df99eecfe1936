/**
 * Personal data on the query side: events, and so histories and dossiers, hold personal values sealed; here they are
 * opened for the roles that need them for the case, masked for everyone else, and every disclosure in full is
 * written to an access log that auditors read ({@code GET /api/audit/personal-data-access}).
 */
package org.fengqiao.query.personaldata;
