/** Implementation details of {@code org.broadsheet.render}; not an API, may change at any time. */
package org.broadsheet.render.internal;
