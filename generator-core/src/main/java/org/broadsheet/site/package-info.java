/**
 * The build: {@link org.broadsheet.site.SiteLayout} says where every page lives, and
 * {@link org.broadsheet.site.SiteBuilder} plans the pages, renders them, and swaps the finished site in.
 */
package org.broadsheet.site;
