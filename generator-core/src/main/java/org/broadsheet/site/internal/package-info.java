/**
 * Implementation details of {@code org.broadsheet.site}: the page plan, the view records each page gets,
 * relative links, the atomic output folder. Not an API, may change at any time.
 */
package org.broadsheet.site.internal;
