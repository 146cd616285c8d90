/**
 * HTTP for records and auditor search, packaged by feature: {@link org.caselint.server.records.web.RecordRoutes}
 * adds {@code POST /api/v1/records}, {@code GET /api/v1/records/{id}}, {@code GET /api/v1/search},
 * {@code GET /api/v1/search.csv} and the {@code /audit} page to the service's routes; refusals are the service's
 * {@link org.caselint.server.http.ApiException}s, turned into JSON errors by its
 * {@link org.caselint.server.http.ErrorMapper}. {@link org.caselint.server.http.App} adds these routes when it is
 * given a {@link org.caselint.server.records.RecordStore}.
 *
 * <pre>{@code
 * App app = new App(linter, ExampleCatalog.fromClasspath(), RecordStore.open(linter, Path.of("data")));
 * }</pre>
 */
package org.caselint.server.records.web;
