package org.w3id.dmkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the comment block heading a named query says about it:
 * {@code # title: ...}, {@code # description: ...} and
 * {@code # param: NAME - meaning (optional|required)} lines.
 *
 * @param name        the query's name (its file name without {@code .rq})
 * @param title       one-line title, empty when the header has none
 * @param description what the query returns, empty when the header has none
 * @param params      the parameters the query accepts
 */
public record QueryInfo(String name, String title, String description, List<Param> params) {
    private static final Pattern PARAM =
            Pattern.compile("(\\w+)\\s*(?:-\\s*)?(.*?)\\s*(?:\\((optional|required)\\))?\\s*");

    /** A parameter: the variable it binds, what it means, and whether the query needs it. */
    public record Param(String name, String meaning, boolean required) {
    }

    public QueryInfo {
        params = List.copyOf(params);
    }

    /** Reads the header of {@code text}: the leading comment lines, before the first other line. */
    public static QueryInfo parse(String name, String text) {
        String title = "";
        StringBuilder description = new StringBuilder();
        List<Param> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("#")) {
                break;
            }
            l = l.substring(1).strip();
            if (l.startsWith("title:")) {
                title = l.substring(6).strip();
            } else if (l.startsWith("description:")) {
                description.append(description.length() == 0 ? "" : " ").append(l.substring(12).strip());
            } else if (l.startsWith("param:")) {
                Matcher m = PARAM.matcher(l.substring(6).strip());
                if (m.matches()) {
                    params.add(new Param(m.group(1), m.group(2), "required".equals(m.group(3))));
                }
            }
        }
        return new QueryInfo(name, title, description.toString(), params);
    }
}
