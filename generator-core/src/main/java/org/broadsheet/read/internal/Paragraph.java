package org.broadsheet.read.internal;

import org.broadsheet.model.Page;

/** A paragraph of body text after layout breaks are joined, with the line it starts on. */
record Paragraph(String text, int line, Page page) {
}
