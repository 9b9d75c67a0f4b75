/**
 * Bad-input sweeps for parser boundaries: seeded, reproducible generators of hostile inputs (random
 * bytes, mutated valid documents, deep nesting, odd encodings) and a bound on the time each input may
 * take. A failing input is reported with its seed and index so it can be replayed.
 */
package org.statementmonitor.testkit.fuzz;
