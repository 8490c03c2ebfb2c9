package org.w3id.dmkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.dmkg.DmkgException;

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

    /**
     * The parameters a caller gave, checked against those this query declares: each value is
     * bound as given; an undeclared parameter, one given more than once, or a required one missing
     * is {@link DmkgException#USAGE} with a one-line message. The command line and the endpoint both
     * check here, so that they accept and refuse the same requests.
     *
     * @param given each parameter's values, in the caller's order
     * @return the parameters, one value each, in the caller's order
     */
    public Map<String, String> check(Map<String, List<String>> given) {
        List<String> declared = params.stream().map(Param::name).toList();
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            String key = e.getKey();
            if (!declared.contains(key)) {
                throw new DmkgException(DmkgException.USAGE, "query " + name + ": unknown parameter " + key
                        + (declared.isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", declared) + ")"));
            }
            if (e.getValue().size() != 1) {
                throw new DmkgException(DmkgException.USAGE, "query " + name + ": parameter " + key
                        + " given more than once");
            }
            checked.put(key, e.getValue().get(0));
        }
        List<String> missing = params.stream()
                .filter(p -> p.required() && !checked.containsKey(p.name())).map(Param::name).toList();
        if (!missing.isEmpty()) {
            throw new DmkgException(DmkgException.USAGE, "query " + name + ": missing parameter "
                    + String.join(", ", missing));
        }
        return checked;
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
