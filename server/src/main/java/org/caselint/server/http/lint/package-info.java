/**
 * {@code POST /api/v1/lint}: note JSON in, report JSON out.
 *
 * <pre>{@code
 * curl -s localhost:7070/api/v1/lint -H 'Content-Type: application/json' \
 *      -d '{"text": "The CIN meeting went well.", "subject": {"name": "Jayden"}}'
 * }</pre>
 */
package org.caselint.server.http.lint;
