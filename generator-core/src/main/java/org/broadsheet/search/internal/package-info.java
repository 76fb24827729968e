/**
 * How the search index is built and laid out. Not an API: depend on {@link org.broadsheet.search.SearchIndexWriter}
 * and on the file format documented there, not on these classes.
 */
package org.broadsheet.search.internal;
