/**
 * Rendering: the {@link org.broadsheet.render.Theme} (FreeMarker templates and assets, a site's own folder
 * first, the default theme second) and the records templates read. Every template gets {@code meta}
 * ({@link org.broadsheet.render.Meta}) and {@code masthead} ({@link org.broadsheet.render.Masthead}); page
 * templates get their page's record, such as {@code article} ({@link org.broadsheet.render.ArticleView}) or
 * {@code issue} ({@link org.broadsheet.render.IssueView}). Links in these records are ready to use: relative to
 * the page they are on. Templates only lay out; what to show is decided in Java.
 */
package org.broadsheet.render;
