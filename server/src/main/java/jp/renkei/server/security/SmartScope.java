package jp.renkei.server.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SMART resource scope such as {@code system/Task.cruds} or {@code system/*.rs}: a context ({@code system} for
 * backend services), a resource type or {@code *}, and the interactions it allows. SMART v1 suffixes ({@code read},
 * {@code write}, {@code *}) are read as their v2 equivalents, because external issuers still hand them out.
 */
public record SmartScope(String context, String resourceType, Set<Interaction> interactions) {

    public static final String ANY_TYPE = "*";
    private static final Pattern SYNTAX =
            Pattern.compile("(patient|user|system)/([A-Za-z]+|\\*)\\.(c?r?u?d?s?|read|write|\\*)");

    /** The SMART v2 interaction letters, in their canonical order. */
    public enum Interaction {
        CREATE('c'), READ('r'), UPDATE('u'), DELETE('d'), SEARCH('s');

        private final char letter;

        Interaction(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }
    }

    public SmartScope {
        interactions = Set.copyOf(interactions);
    }

    /** The scope, or empty when the text is no resource scope (e.g. {@code launch}, a v2 query suffix). */
    public static Optional<SmartScope> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches() || matcher.group(3).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SmartScope(matcher.group(1), matcher.group(2), interactions(matcher.group(3))));
    }

    private static Set<Interaction> interactions(String permissions) {
        return switch (permissions) {
            case "read" -> EnumSet.of(Interaction.READ, Interaction.SEARCH);
            case "write" -> EnumSet.of(Interaction.CREATE, Interaction.UPDATE, Interaction.DELETE);
            case "*" -> EnumSet.allOf(Interaction.class);
            default -> {
                EnumSet<Interaction> set = EnumSet.noneOf(Interaction.class);
                for (Interaction interaction : Interaction.values()) {
                    if (permissions.indexOf(interaction.letter()) >= 0) {
                        set.add(interaction);
                    }
                }
                yield set;
            }
        };
    }

    public boolean allows(String type, Interaction interaction) {
        return (resourceType.equals(ANY_TYPE) || resourceType.equals(type)) && interactions.contains(interaction);
    }

    /** Whether this scope allows {@code interaction} on the type of {@code other}, in the same context. */
    boolean allows(SmartScope other, Interaction interaction) {
        return context.equals(other.context)
                && (resourceType.equals(ANY_TYPE) || resourceType.equals(other.resourceType))
                && interactions.contains(interaction);
    }

    @Override
    public String toString() {
        StringBuilder letters = new StringBuilder();
        for (Interaction interaction : Interaction.values()) {
            if (interactions.contains(interaction)) {
                letters.append(interaction.letter());
            }
        }
        return context + "/" + resourceType + "." + letters;
    }
}
