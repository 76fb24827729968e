/**
 * How the preview works inside: path resolution that never leaves the output folder, content types, the
 * Server-Sent Events channel, the script injected into served pages, and the file watcher. Not an API:
 * do not depend on it.
 */
package org.broadsheet.serve.internal;
