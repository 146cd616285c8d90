/**
 * The HTTP service ({@code caselint serve}): {@link org.caselint.server.http.App} builds the Javalin server from
 * its dependencies; handlers live in one subpackage per feature ({@code lint}, {@code languagetool},
 * {@code rules}, {@code examples}, {@code web}); {@link org.caselint.server.http.ErrorMapper} turns every refusal
 * into {@code {"error": {"code", "message"}}}; {@link org.caselint.server.http.Bodies} reads request bodies within
 * their limits.
 *
 * <pre>{@code
 * App app = new App(Linter.standard(), ExampleCatalog.fromClasspath()).start("localhost", 0);
 * int port = app.port();
 * }</pre>
 */
package org.caselint.server.http;
