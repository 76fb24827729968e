/**
 * The local preview: {@link org.broadsheet.serve.Preview} builds a site, serves it over HTTP on the loopback
 * interface, watches the seeds, templates and settings, rebuilds on change and reloads open pages.
 * {@link org.broadsheet.serve.PreviewServer} is the HTTP part alone.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}: no dependency, nothing loaded from outside.
 */
package org.broadsheet.serve;
