/**
 * {@code GET /api/v1/rules} (the rule catalogue) and {@code GET /api/v1/categories}.
 *
 * <pre>{@code
 * curl -s localhost:7070/api/v1/rules | jq '.[].id'
 * }</pre>
 */
package org.caselint.server.http.rules;
