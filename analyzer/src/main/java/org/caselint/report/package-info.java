/**
 * The report contract of DESIGN.md: immutable {@link org.caselint.report.Finding}s, the
 * {@link org.caselint.report.Report} and its documented {@link org.caselint.report.Scorer score}.
 *
 * <pre>{@code
 * Report r = Report.of("n1", findings);   // sorted, counted and scored
 * }</pre>
 */
package org.caselint.report;
