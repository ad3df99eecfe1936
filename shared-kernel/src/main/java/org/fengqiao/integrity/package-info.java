/** Tamper evidence: the canonical encoding of a stored event, its hash chain, Merkle roots and inclusion proofs. */
package org.fengqiao.integrity;
