package org.broadsheet.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The credit at the head of an article, such as {@code 本报讯（山西日报记者 张三）3月2日} or
 * {@code 新华社北京1月17日电（记者 魏玉坤 周圆）}, plus any reporter signed at its end.
 *
 * @param prefix       the source line such as {@code 本报讯} or {@code 新华社北京1月17日电}, or {@code null}
 * @param organization the organisation the reporters belong to, such as {@code 山西日报}, or {@code null}
 * @param reporters    reporters' names in the order printed
 * @param dateline     the dateline as printed, such as {@code 3月2日}, or {@code null}
 * @param datelineDate the dateline resolved to a date when the year is known, or {@code null}
 */
public record Byline(String prefix, String organization, List<String> reporters, String dateline,
                     LocalDate datelineDate) {
    public static final Byline NONE = new Byline(null, null, List.of(), null, null);

    public Byline {
        reporters = List.copyOf(reporters);
    }

    /**
     * The reporters, each once, in the order printed: a name printed twice in one byline (in the head and
     * signed again at the end) credits the article to that reporter once.
     */
    public List<String> distinctReporters() {
        // Most bylines name one or two reporters: no set for those.
        if (reporters.size() < 2 || reporters.size() == 2 && !reporters.get(0).equals(reporters.get(1))) {
            return reporters;
        }
        return List.copyOf(new LinkedHashSet<>(reporters));
    }

    public boolean isEmpty() {
        return prefix == null && organization == null && reporters.isEmpty() && dateline == null;
    }
}
