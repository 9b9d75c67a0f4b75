/**
 * Pickups: when copies of an original arrive, the original's document is given its copy count,
 * outlets and first and latest pickup times, derived by aggregation over the copy documents and
 * written with a script-free partial update guarded by sequence numbers.
 */
package org.statementmonitor.indexer.pickup;
