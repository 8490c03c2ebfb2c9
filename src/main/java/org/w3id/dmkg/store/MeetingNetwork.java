package org.w3id.dmkg.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.w3id.dmkg.text.NameParts;

/**
 * Who met whom: people as nodes, an edge between two people weighted by the number of distinct
 * meetings both attended. Built from the named queries {@code network-attendance} and
 * {@code office-holders}. Immutable.
 *
 * @param nodes the people, ordered by label then IRI
 * @param edges the pairs that met, ordered by {@code a} then {@code b}; {@code a} sorts before {@code b}
 */
public record MeetingNetwork(List<Node> nodes, List<Edge> edges) {

    /**
     * A person. {@code office} is the latest office the articles state for them (empty when none),
     * {@code countryLabel} that office's country (empty when none).
     */
    public record Node(String iri, String label, String office, String countryLabel) {
    }

    /** Two people, by IRI, and the number of distinct meetings they both attended. */
    public record Edge(String a, String b, int weight) {
    }

    public MeetingNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The network of the meetings in the store dated within {@code from}..{@code to} (inclusive;
     * either may be null for no bound; with a bound, meetings of unknown date are left out). When
     * {@code person} is given, only the ego networks of the people whose name holds its whole name parts
     * ({@link NameParts}: "Xi" is Xi Jinping, not Ding Xuexiang; "erdogan" is Erdoğan): those people, everyone they met, and the edges among all of them.
     */
    public static MeetingNetwork build(DmkgStore store, String person, LocalDate from, LocalDate to) {
        NamedQueries queries = new NamedQueries();
        QueryRunner runner = new QueryRunner(store);
        Map<String, String> params = new HashMap<>();
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        Map<String, Set<String>> attendees = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (Map<String, String> row : runner.select(queries.load("network-attendance"), params)) {
            attendees.computeIfAbsent(row.get("meeting"), k -> new TreeSet<>()).add(row.get("person"));
            names.putIfAbsent(row.get("person"), row.getOrDefault("name", row.get("person")));
        }
        Map<List<String>, Set<String>> pairs = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        attendees.forEach((meeting, people) -> {
            List<String> list = List.copyOf(people);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    pairs.computeIfAbsent(List.of(list.get(i), list.get(j)), k -> new HashSet<>()).add(meeting);
                }
            }
        });
        Set<String> keep = person == null ? names.keySet() : ego(person, names, pairs.keySet());
        Map<String, String[]> offices = offices(runner, queries);
        List<Node> nodes = new ArrayList<>();
        for (String iri : keep) {
            String[] office = offices.getOrDefault(iri, new String[] {"", ""});
            nodes.add(new Node(iri, names.get(iri), office[0], office[1]));
        }
        nodes.sort(Comparator.comparing(Node::label).thenComparing(Node::iri));
        List<Edge> edges = new ArrayList<>();
        pairs.forEach((p, meetings) -> {
            if (keep.contains(p.get(0)) && keep.contains(p.get(1))) {
                edges.add(new Edge(p.get(0), p.get(1), meetings.size()));
            }
        });
        return new MeetingNetwork(nodes, edges);
    }

    /** The people whose name holds the whole name parts of {@code person}, and everyone they met. */
    private static Set<String> ego(String person, Map<String, String> names, Set<List<String>> pairs) {
        Set<String> centre = new HashSet<>();
        names.forEach((iri, name) -> {
            if (NameParts.contains(name, person)) {
                centre.add(iri);
            }
        });
        Set<String> keep = new HashSet<>(centre);
        for (List<String> p : pairs) {
            if (centre.contains(p.get(0)) || centre.contains(p.get(1))) {
                keep.addAll(p);
            }
        }
        return keep;
    }

    /** Per person, the office and country of the holding with the latest as-of date (then most articles). */
    private static Map<String, String[]> offices(QueryRunner runner, NamedQueries queries) {
        Map<String, Map<String, String>> best = new LinkedHashMap<>();
        Comparator<Map<String, String>> rank = Comparator
                .comparing((Map<String, String> r) -> r.getOrDefault("asOf", ""))
                .thenComparing(r -> Integer.parseInt(r.getOrDefault("articles", "0")))
                .thenComparing(r -> r.get("role"), Comparator.reverseOrder());
        for (Map<String, String> row : runner.select(queries.load("office-holders"), Map.of())) {
            best.merge(row.get("person"), row, (a, b) -> rank.compare(a, b) >= 0 ? a : b);
        }
        Map<String, String[]> offices = new HashMap<>();
        best.forEach((iri, r) -> {
            String country = r.getOrDefault("countryName", "");
            String office = r.get("role") + (country.isEmpty() ? "" : ", " + country);
            offices.put(iri, new String[] {office, country});
        });
        return offices;
    }
}
