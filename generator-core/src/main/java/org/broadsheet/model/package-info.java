/**
 * The archive model: {@link org.broadsheet.model.Archive} → {@link org.broadsheet.model.Issue} →
 * {@link org.broadsheet.model.Article}. Every type is an immutable record, safe to share between threads.
 */
package org.broadsheet.model;
