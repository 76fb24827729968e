/**
 * What several parts of the generator share and no user calls: not API, may change in any release.
 */
package org.broadsheet.internal;
