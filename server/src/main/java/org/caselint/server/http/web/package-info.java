/**
 * The web pages: the practitioner's editor at {@code /} and the trainer's page at {@code /train}, plain
 * HTML/CSS/JS from {@code src/main/resources/web/}, with no request leaving caselint.
 *
 * <pre>{@code
 * new WebPages().addTo(config.routes);
 * }</pre>
 */
package org.caselint.server.http.web;
