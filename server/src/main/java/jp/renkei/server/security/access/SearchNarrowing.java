package jp.renkei.server.security.access;

import java.util.Collection;
import java.util.List;

/**
 * A search parameter with the values a partner's searches are limited to ({@code patient=Patient/a,Patient/b}).
 *
 * @param values never empty: with nothing to see it holds {@link #NOTHING}, an id no resource is given, so the
 *     search matches nothing instead of everything
 */
public record SearchNarrowing(String parameter, List<String> values) {

    static final String NOTHING = "renkei-nothing-visible";

    public SearchNarrowing {
        values = List.copyOf(values);
    }

    static SearchNarrowing of(String parameter, Collection<String> values) {
        if (values.isEmpty()) {
            return new SearchNarrowing(parameter, List.of(parameter.startsWith("_") ? NOTHING : "Patient/" + NOTHING));
        }
        return new SearchNarrowing(parameter, values.stream().sorted().toList());
    }
}
