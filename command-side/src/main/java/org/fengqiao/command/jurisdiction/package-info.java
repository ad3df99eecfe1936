/** Loads the jurisdiction reference data the command side checks intake and assignment against. */
package org.fengqiao.command.jurisdiction;
