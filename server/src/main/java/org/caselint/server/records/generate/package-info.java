/**
 * Realistic invented case records for demos, tests and benchmarks: teams, authors, children with families and
 * siblings, many kinds of record over several years, and notes written well or poorly from sentence templates
 * ({@link org.caselint.server.records.generate.RecordGenerator}). Deterministic for a seed; every name invented.
 *
 * <pre>{@code
 * List<Note> notes = RecordGenerator.stream(42, 1000).toList();
 * }</pre>
 */
package org.caselint.server.records.generate;
