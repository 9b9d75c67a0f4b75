/** Statement-level facts: lead, word count, kind and signatories. */
package org.statementmonitor.enrich.facts;
