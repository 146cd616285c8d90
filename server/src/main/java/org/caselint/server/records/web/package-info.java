/**
 * HTTP for records and auditor search, packaged by feature: {@link org.caselint.server.records.web.RecordRoutes}
 * registers {@code POST /api/v1/records}, {@code GET /api/v1/records/{id}}, {@code GET /api/v1/search},
 * {@code GET /api/v1/search.csv} and the {@code /audit} page on a Javalin configuration, and maps
 * {@link org.caselint.server.records.web.ApiException} to {@code {"error": {"code", "message"}}}.
 *
 * <pre>{@code
 * RecordRoutes records = new RecordRoutes(store);
 * Javalin.create(cfg -> records.register(cfg)).start(7070);
 * }</pre>
 */
package org.caselint.server.records.web;
