/**
 * The trainer's good/bad example pairs ({@code corpus/examples/*.json}, format in corpus/examples/README.md) and
 * {@code GET /api/v1/examples}, which serves them with the reports on both passages.
 *
 * <pre>{@code
 * new ExamplesHandler(linter, ExampleCatalog.fromClasspath()).addTo(config.routes);
 * }</pre>
 */
package org.caselint.server.http.examples;
