/**
 * LanguageTool's HTTP API v2 ({@code POST /v2/check}, {@code GET /v2/languages}) over caselint's findings, so
 * LanguageTool clients work unchanged.
 *
 * <pre>{@code
 * curl -s localhost:7070/v2/check --data-urlencode 'text=The CIN meeting went well.' -d language=en-GB
 * }</pre>
 */
package org.caselint.server.http.languagetool;
